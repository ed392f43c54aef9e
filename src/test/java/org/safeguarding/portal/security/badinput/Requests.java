package org.safeguarding.portal.security.badinput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The well-formed request each attack starts from: the operation's path with the actor's own ids, a plausible body
 * (JSON from the schema, or the form's fields with the actor's form token), and a marker unique to the request.
 */
final class Requests {

    private final Actors actors;
    private final Shapes shapes;
    private final String runPrefix;
    private final AtomicInteger count = new AtomicInteger();

    Requests(Actors actors, Shapes shapes, String runPrefix) {
        this.actors = actors;
        this.shapes = shapes;
        this.runPrefix = runPrefix;
    }

    Actors actors() {
        return actors;
    }

    Shapes shapes() {
        return shapes;
    }

    /** A new attack on the operation as the actor, its target the path with the actor's own ids, no body yet. */
    Attack start(Category category, Operation op, Role actor) {
        return new Attack(category, op, actor, runPrefix + count.incrementAndGet() + "z")
                .target(actors.path(op, actor));
    }

    /** A new attack with the plausible body already in place (JSON, or the form with the actor's token). */
    Attack plausible(Category category, Operation op, Role actor) {
        Attack attack = start(category, op, actor);
        if (op.takesJson()) {
            attack.body(Operation.JSON, shapes.write(plausibleJson(op, attack.marker)));
        } else if (op.isFormPost()) {
            attack.body(Operation.FORM, form(actor, plausibleFields(op, attack.marker)));
        }
        return attack;
    }

    ObjectNode plausibleJson(Operation op, String marker) {
        return shapes.plausible(op.bodySchema(), marker);
    }

    /** The form's fields, each with a plausible value, already URL-encoded. */
    List<Map.Entry<String, String>> plausibleFields(Operation op, String marker) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (String name : formFieldNames(op)) {
            fields.add(Map.entry(name, encode(plausibleText(marker))));
        }
        return fields;
    }

    static List<String> formFieldNames(Operation op) {
        List<String> names = new ArrayList<>();
        if (op.bodySchema() != null) {
            for (Iterator<String> it = op.bodySchema().path("properties").fieldNames(); it.hasNext();) {
                names.add(it.next());
            }
        }
        return names;
    }

    /** A form body: the actor's token first (when it has one), then the fields as given (already encoded). */
    String form(Role actor, List<Map.Entry<String, String>> fields) {
        StringBuilder body = new StringBuilder();
        String token = actors.csrf(actor);
        if (token != null) {
            body.append("csrf=").append(encode(token));
        }
        for (Map.Entry<String, String> field : fields) {
            body.append(body.length() == 0 ? "" : "&").append(field.getKey()).append('=').append(field.getValue());
        }
        return body.toString();
    }

    /** The fields with one replaced by a raw (already encoded, possibly invalid) value. */
    static List<Map.Entry<String, String>> replacing(List<Map.Entry<String, String>> fields, String name,
            String raw) {
        List<Map.Entry<String, String>> replaced = new ArrayList<>();
        for (Map.Entry<String, String> field : fields) {
            replaced.add(field.getKey().equals(name) ? Map.entry(name, raw) : field);
        }
        return replaced;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Free text as a person might write it, with the marker in angle brackets: an answer that shows it back unescaped
     * (markup a browser would run) has "&lt;marker" in it raw.
     */
    static String plausibleText(String marker) {
        return "words from the suite <" + marker + ">";
    }

    /** A long text that starts with the marker, so a truncated echo is still recognised. */
    static String huge(String marker, int length) {
        StringBuilder text = new StringBuilder(length).append(marker);
        while (text.length() < length) {
            text.append("lorem ipsum ");
        }
        text.setLength(length);
        return text.toString();
    }

    /** The JSON text of a string value, for raw substitution. */
    static String jsonString(String value) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(value).toString();
    }

    /**
     * {@code count} of the values, starting further along the list for each {@code turn}: each field (or parameter)
     * of an operation gets a few of the variants, and the operation as a whole gets them all.
     */
    static <T> List<T> turn(List<T> values, int turn, int count) {
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < Math.min(count, values.size()); i++) {
            picked.add(values.get((turn * count + i) % values.size()));
        }
        return picked;
    }

    static boolean isText(JsonNode schema) {
        return "string".equals(schema.path("type").asText()) && !schema.has("enum");
    }
}
