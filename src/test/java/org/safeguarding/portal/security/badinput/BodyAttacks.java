package org.safeguarding.portal.security.badinput;

import static org.safeguarding.portal.security.badinput.Requests.encode;
import static org.safeguarding.portal.security.badinput.Requests.huge;
import static org.safeguarding.portal.security.badinput.Requests.jsonString;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bodies that are well-formed JSON or forms but wrong in one place at a time: a value of the wrong type, a field
 * missing or one too many, a value huge or empty, control and bidi characters in text. Sent as each role the
 * operation is for, with that role's own ids and form token, so they reach the code that reads the body.
 */
final class BodyAttacks {

    private static final int UNDER_THE_BODY_LIMIT = 100_000;
    /** Over the service's 256 KiB body limit and its 128 KiB form field limit. */
    private static final int OVER_THE_FIELD_LIMIT = 140_000;
    private static final int ONE_MEGABYTE = 1 << 20;
    private static final int FIELDS_PER_CATEGORY = 4;

    private final Requests requests;

    BodyAttacks(Requests requests) {
        this.requests = requests;
    }

    List<Attack> wrongTypes(Operation op, Role actor) {
        List<Attack> attacks = new ArrayList<>();
        if (op.takesJson()) {
            int turn = 0;
            for (Shapes.Field field : jsonFields(op, Category.WRONG_TYPES)) {
                for (Function<String, String> wrong : Requests.turn(wrongValuesFor(field), turn++, 2)) {
                    attacks.add(jsonWith(Category.WRONG_TYPES, op, actor, field, wrong));
                }
            }
        } else if (op.isFormPost()) {
            int turn = 0;
            for (String name : formFields(op, Category.WRONG_TYPES)) {
                for (Function<String, String> wrong : Requests.turn(List.<Function<String, String>>of(m -> "-1",
                        m -> "99999999999999999999999", m -> "1.5e308" + m, m -> "true" + m, m -> encode("{}" + m)),
                        turn++, 2)) {
                    attacks.add(formWith(Category.WRONG_TYPES, op, actor, name, wrong));
                }
                Attack repeated = requests.start(Category.WRONG_TYPES, op, actor);
                List<Map.Entry<String, String>> fields = new ArrayList<>(requests.plausibleFields(op, repeated.marker));
                fields.add(Map.entry(name, encode("second " + repeated.marker)));
                fields.add(Map.entry(name + "[]", encode(repeated.marker)));
                attacks.add(repeated.body(Operation.FORM, requests.form(actor, fields)).variant(name + " twice"));
            }
        }
        return attacks;
    }

    private static List<Function<String, String>> wrongValuesFor(Shapes.Field field) {
        switch (field.kind()) {
            case "enum":
                return List.of(m -> jsonString("NOT_A_VALUE_" + m), m -> "7", m -> "{}",
                        m -> jsonString(field.schema().get("enum").get(0).asText().toLowerCase() + " " + m));
            case "boolean":
                return List.of(m -> jsonString(m), m -> "1", m -> "[]", m -> "{\"v\":" + jsonString(m) + "}");
            case "integer":
            case "number":
                return List.of(m -> jsonString(m), m -> "1.5", m -> "1e400", m -> "99999999999999999999999",
                        m -> "true");
            case "array":
                return List.of(m -> jsonString(m), m -> "{}", m -> "[123," + jsonString(m) + "]", m -> "[[]]",
                        m -> "[null]");
            case "object":
                return List.of(m -> jsonString(m), m -> "[]", m -> "42", m -> "true");
            default:
                return List.of(m -> "12345", m -> "true", m -> "{\"v\":" + jsonString(m) + "}",
                        m -> "[" + jsonString(m) + "]");
        }
    }

    List<Attack> missingAndExtraFields(Operation op, Role actor) {
        List<Attack> attacks = new ArrayList<>();
        Category category = Category.MISSING_AND_EXTRA_FIELDS;
        if (op.takesJson()) {
            for (String whole : Requests.turn(List.of("{}", "[]", "null", "42", "\"%s\"", "{\"%s\":{}}"), op.turn(),
                    3)) {
                Attack attack = requests.start(category, op, actor);
                attacks.add(attack.body(Operation.JSON, whole.replace("%s", attack.marker)).variant("body " + whole));
            }
            for (Shapes.Field field : jsonFields(op, category)) {
                Attack missing = requests.start(category, op, actor);
                ObjectNode body = requests.plausibleJson(op, missing.marker);
                attacks.add(missing.body(Operation.JSON, requests.shapes().without(body, field))
                        .variant("without " + field.name()));
                attacks.add(jsonWith(category, op, actor, field, m -> "null"));
            }
            for (String extra : Requests.turn(List.of("\"extra_%s\":\"%s\"", "\"@class\":\"java.lang.ProcessBuilder\"",
                    "\"__proto__\":{\"admin\":true,\"m\":\"%s\"}", "\"id\":\"00000000-0000-0000-0000-000000000000\"",
                    "\"ownerSubject\":\"%s\",\"status\":\"CLOSED\",\"roles\":[\"caseworker\"]"), op.turn(), 3)) {
                Attack attack = requests.start(category, op, actor);
                String body = requests.shapes().write(requests.plausibleJson(op, attack.marker));
                String member = extra.replace("%s", attack.marker);
                attacks.add(attack.body(Operation.JSON, body.equals("{}") ? "{" + member + "}"
                        : "{" + member + "," + body.substring(1)).variant("with " + extra));
            }
        } else if (op.isFormPost()) {
            Attack empty = requests.start(category, op, actor);
            attacks.add(empty.body(Operation.FORM, requests.form(actor, List.of())).variant("no fields"));
            for (String name : formFields(op, category)) {
                Attack missing = requests.start(category, op, actor);
                List<Map.Entry<String, String>> fields = new ArrayList<>(requests.plausibleFields(op, missing.marker));
                fields.removeIf(f -> f.getKey().equals(name));
                attacks.add(missing.body(Operation.FORM, requests.form(actor, fields)).variant("without " + name));
            }
            for (String extra : List.of("extra_%s=%s", "id=00000000-0000-0000-0000-000000000000&owner=%s",
                    "status=CLOSED&role=caseworker&m=%s")) {
                Attack attack = requests.start(category, op, actor);
                List<Map.Entry<String, String>> fields = new ArrayList<>(requests.plausibleFields(op, attack.marker));
                String body = requests.form(actor, fields);
                attacks.add(attack.body(Operation.FORM, body + (body.isEmpty() ? "" : "&")
                        + extra.replace("%s", attack.marker)).variant("with " + extra));
            }
        }
        return attacks;
    }

    List<Attack> hugeAndEmptyValues(Operation op, Role actor) {
        List<Attack> attacks = new ArrayList<>();
        Category category = Category.HUGE_AND_EMPTY_VALUES;
        if (op.takesJson()) {
            for (Shapes.Field field : jsonFields(op, category)) {
                if (Requests.isText(field.schema())) {
                    attacks.add(jsonWith(category, op, actor, field, m -> "\"\""));
                    attacks.add(jsonWith(category, op, actor, field, m -> "\" \\t\\n \""));
                    attacks.add(jsonWith(category, op, actor, field, m -> jsonString(huge(m, UNDER_THE_BODY_LIMIT))));
                    attacks.add(jsonWith(category, op, actor, field, m -> jsonString(huge(m, 300_000))));
                } else if ("array".equals(field.kind())) {
                    attacks.add(jsonWith(category, op, actor, field, m -> "[]"));
                    attacks.add(jsonWith(category, op, actor, field, m -> manyItems(field, m)));
                } else if ("integer".equals(field.kind())) {
                    attacks.add(jsonWith(category, op, actor, field, m -> "0"));
                    attacks.add(jsonWith(category, op, actor, field, m -> "-2147483649"));
                }
            }
            Attack nothing = requests.start(category, op, actor);
            attacks.add(nothing.body(Operation.JSON, new byte[0]).variant("empty body"));
            attacks.add(askingFirst(requests.plausible(category, op, actor)));
            Attack megabyte = requests.start(category, op, actor);
            attacks.add(megabyte.body(Operation.JSON, "{\"v\":" + jsonString(huge(megabyte.marker, ONE_MEGABYTE))
                    + "}").variant("1 MB body"));
        } else if (op.isFormPost()) {
            List<String> names = formFields(op, category);
            for (String name : names) {
                attacks.add(formWith(category, op, actor, name, m -> "+++").variant(name + " blank"));
            }
            if (!names.isEmpty()) {
                // One field 100 KB, under the limits; another (or the same) over the form-field limit.
                String first = names.get(0);
                String last = names.get(names.size() - 1);
                attacks.add(formWith(category, op, actor, first, m -> encode(huge(m, UNDER_THE_BODY_LIMIT)))
                        .variant(first + " 100 KB"));
                attacks.add(formWith(category, op, actor, last, m -> encode(huge(m, OVER_THE_FIELD_LIMIT)))
                        .variant(last + " 140 KB"));
            }
            Attack nothing = requests.start(category, op, actor);
            attacks.add(nothing.body(Operation.FORM, new byte[0]).variant("empty body"));
            attacks.add(askingFirst(requests.plausible(category, op, actor)));
            Attack megabyte = requests.start(category, op, actor);
            attacks.add(megabyte.body(Operation.FORM, requests.form(actor, List.of(Map.entry("text",
                    encode(huge(megabyte.marker, ONE_MEGABYTE)))))).variant("1 MB body"));
        }
        return attacks;
    }

    /**
     * The plausible body made 100 KB (under the limit) by an extra field, sent as a careful client sends a large body:
     * asking first (Expect: 100-continue). The service must say go on (or refuse) rather than leave it waiting.
     */
    private static Attack askingFirst(Attack attack) {
        String padding = huge(attack.marker, UNDER_THE_BODY_LIMIT);
        String body = new String(attack.body, java.nio.charset.StandardCharsets.UTF_8);
        attack.body(attack.contentType, attack.op.takesJson()
                ? "{\"padding\":" + jsonString(padding) + (body.equals("{}") ? "}" : "," + body.substring(1))
                : body + (body.isEmpty() ? "" : "&") + "padding=" + encode(padding));
        attack.askFirst = true;
        return attack.variant("100 KB, asking first (Expect: 100-continue)");
    }

    /** Text with control characters, bidi overrides and isolates, a byte-order mark, lone surrogates, line breaks. */
    private static final List<String> JSON_CONTROL = List.of("%s\\u0000", "\\u202e%s", "%s\\u2066\\u2069\\u200f\\u061c",
            "%s\\u0007\\u001b[31m\\u0008", "%s\\r\\nX-Injected: 1", "\\ufeff%s", "%s\\ud800", "%s\\udfff\\ud800",
            "%s\\u0085\\u2028\\u2029");
    private static final List<String> FORM_CONTROL = List.of("%s%00", "%E2%80%AE%s", "%s%E2%81%A6%E2%81%A9",
            "%s%07%1B%5B31m%08", "%s%0D%0AX-Injected:%201", "%EF%BB%BF%s", "%s%C2%85%E2%80%A8");

    List<Attack> controlAndBidi(Operation op, Role actor) {
        List<Attack> attacks = new ArrayList<>();
        Category category = Category.CONTROL_AND_BIDI;
        if (op.takesJson()) {
            int turn = 0;
            for (Shapes.Field field : jsonFields(op, category)) {
                if (Requests.isText(field.schema())) {
                    for (String text : Requests.turn(JSON_CONTROL, turn++, 3)) {
                        attacks.add(jsonWith(category, op, actor, field, m -> "\"" + text.replace("%s", m) + "\""));
                    }
                } else if ("enum".equals(field.kind())) {
                    String first = field.schema().get("enum").get(0).asText();
                    attacks.add(jsonWith(category, op, actor, field, m -> "\"\\u202e" + first + "\""));
                    attacks.add(jsonWith(category, op, actor, field, m -> "\"" + first + "\\u0000\""));
                }
            }
        } else if (op.isFormPost()) {
            int turn = 0;
            for (String name : formFields(op, category)) {
                for (String text : Requests.turn(FORM_CONTROL, turn++, 2)) {
                    attacks.add(formWith(category, op, actor, name, m -> text.replace("%s", m)));
                }
            }
        }
        return attacks;
    }

    /**
     * At most {@link #FIELDS_PER_CATEGORY} of the body's fields, a different window of them for each category: a long
     * form (the intake's steps have twenty fields) is still attacked in every field, and the run stays short.
     */
    private List<Shapes.Field> jsonFields(Operation op, Category category) {
        return Requests.turn(requests.shapes().fields(op.bodySchema()), category.ordinal(), FIELDS_PER_CATEGORY);
    }

    private static List<String> formFields(Operation op, Category category) {
        return Requests.turn(Requests.formFieldNames(op), category.ordinal(), FIELDS_PER_CATEGORY);
    }

    private Attack jsonWith(Category category, Operation op, Role actor, Shapes.Field field,
            Function<String, String> raw) {
        Attack attack = requests.start(category, op, actor);
        String value = raw.apply(attack.marker);
        return attack.body(Operation.JSON, requests.shapes().withRaw(requests.plausibleJson(op, attack.marker), field,
                value)).variant(field.name() + " = " + abbreviated(value));
    }

    private Attack formWith(Category category, Operation op, Role actor, String name, Function<String, String> raw) {
        Attack attack = requests.start(category, op, actor);
        String value = raw.apply(attack.marker);
        return attack.body(Operation.FORM, requests.form(actor, Requests.replacing(
                requests.plausibleFields(op, attack.marker), name, value))).variant(name + " = " + abbreviated(value));
    }

    /** Ten thousand plausible items: a list no form offers (over the body limit where an item is long). */
    private String manyItems(Shapes.Field field, String marker) {
        String item = requests.shapes().plausibleText(field.schema().path("items"), marker);
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            many.append(i == 0 ? "" : ",").append(item);
        }
        return many.append(']').toString();
    }

    private static String abbreviated(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "… (" + value.length() + " chars)";
    }
}
