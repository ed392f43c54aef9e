package org.safeguarding.portal.security.badinput;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bodies that are not what they say they are: bytes that are not UTF-8, a content type the operation does not take
 * (or a charset nobody knows), and JSON that does not parse.
 */
final class RawAttacks {

    /**
     * Byte sequences that are not UTF-8: a bad continuation, bytes UTF-8 never uses, an overlong slash, an encoded
     * surrogate, a sequence cut short, a five-byte form, a Latin-1 byte.
     */
    private static final List<byte[]> NOT_UTF8 = List.of(bytes(0xC3, 0x28), bytes(0xFF, 0xFE), bytes(0xC0, 0xAF),
            bytes(0xED, 0xA0, 0x80), bytes(0xE2, 0x82), bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xE9));
    private static final List<String> FORM_NOT_UTF8 = List.of("%C3%28", "%FF%FE", "%C0%AF", "%ED%A0%80", "%E2%82",
            "%ZZ", "%", "%u202E", "%%32%65");

    private final Requests requests;

    RawAttacks(Requests requests) {
        this.requests = requests;
    }

    List<Attack> invalidUtf8(Operation op, Role actor) {
        List<Attack> attacks = new ArrayList<>();
        Category category = Category.INVALID_UTF8;
        if (op.takesJson()) {
            int turn = op.turn();
            for (byte[] bad : Requests.turn(NOT_UTF8, op.turn(), 5)) {
                Attack inValue = requests.start(category, op, actor);
                if (turn++ % 2 == 0) {
                    attacks.add(inValue.body(Operation.JSON + "; charset=UTF-8", concat("{\"text\":\""
                            + inValue.marker, bad, "\",\"account\":\"" + inValue.marker + "\"}"))
                            .variant("in a value: " + hex(bad)));
                } else {
                    attacks.add(inValue.body(Operation.JSON, concat("{\"" + inValue.marker, bad, "\":1}"))
                            .variant("in a key: " + hex(bad)));
                }
            }
            Attack utf16 = requests.start(category, op, actor);
            attacks.add(utf16.body(Operation.JSON + "; charset=UTF-8", requests.shapes()
                    .write(requests.plausibleJson(op, utf16.marker)).getBytes(StandardCharsets.UTF_16))
                    .variant("UTF-16 sent as UTF-8"));
        } else if (op.isFormPost()) {
            List<String> names = Requests.formFieldNames(op);
            String name = names.isEmpty() ? "text" : names.get(0);
            for (String bad : Requests.turn(FORM_NOT_UTF8, op.turn(), 4)) {
                Attack attack = requests.start(category, op, actor);
                List<Map.Entry<String, String>> fields = new ArrayList<>(Requests.replacing(
                        requests.plausibleFields(op, attack.marker), name, attack.marker + bad));
                if (names.isEmpty()) {
                    fields.add(Map.entry(name, attack.marker + bad));
                }
                attacks.add(attack.body(Operation.FORM, requests.form(actor, fields)).variant(name + " = …" + bad));
            }
            for (byte[] bad : Requests.turn(NOT_UTF8, op.turn(), 2)) {
                Attack raw = requests.start(category, op, actor);
                attacks.add(raw.body(Operation.FORM, concat(requests.form(actor, List.of()) + "&" + name + "="
                        + raw.marker, bad, "")).variant("raw bytes " + hex(bad)));
            }
        }
        return attacks;
    }

    List<Attack> wrongContentTypes(Operation op, Role actor) {
        List<Attack> attacks = new ArrayList<>();
        Category category = Category.WRONG_CONTENT_TYPES;
        if (op.takesJson()) {
            for (String type : Requests.turn(List.of("text/plain", "application/xml", Operation.FORM,
                    "multipart/form-data", "multipart/form-data; boundary=x", "application/json; charset=x-no-such-charset",
                    "application/json; charset=UTF-16", "application/json; charset=IBM500", "application/javascript",
                    "*/*", ";;;", "application/json; boundary=\"", ""), op.turn(), 6)) {
                Attack attack = requests.start(category, op, actor);
                String body = type.startsWith("application/xml") ? "<form><text>" + attack.marker + "</text></form>"
                        : type.startsWith(Operation.FORM) ? "text=" + attack.marker
                                : requests.shapes().write(requests.plausibleJson(op, attack.marker));
                attacks.add(attack.body(type.isEmpty() ? null : type, body).variant("as " + type));
            }
        } else if (op.isFormPost()) {
            for (String type : Requests.turn(List.of("application/json", "text/plain", "multipart/form-data; boundary=x",
                    Operation.FORM + "; charset=x-no-such-charset", Operation.FORM + "; charset=UTF-16",
                    Operation.FORM + "; charset=IBM500", ";;;", ""), op.turn(), 5)) {
                Attack attack = requests.start(category, op, actor);
                String body = type.equals("application/json")
                        ? "{\"csrf\":\"" + requests.actors().csrf(actor) + "\",\"text\":\"" + attack.marker + "\"}"
                        : requests.form(actor, requests.plausibleFields(op, attack.marker));
                attacks.add(attack.body(type.isEmpty() ? null : type, body).variant("as " + type));
            }
        }
        return attacks;
    }

    /** Broken JSON; {@code %s} is the request's marker. */
    private static final List<String> BROKEN = List.of("{", "{\"text\":", "{\"text\" \"%s\"}", "{'text':'%s'}",
            "{\"text\":\"%s\"}}", "{\"text\":\"%s\",}", "/* %s */ {}", "{\"text\":NaN,\"m\":\"%s\"}", "{\"text\":\"%s",
            "{\"text\":\"\\x%s\"}", "{\"text\":\"\\uZZZZ%s\"}", "\uFEFF{\"text\":\"%s\"}", "{\"text\":\"%s\"} trailing",
            "{\"text\":\"%s\",\"text\":{\"again\":1}}", "{\"text\":\"%s\u0000\"}", "\u0000{}", "{\"%s\"}", "[1,2",
            "{\"text\":01,\"m\":\"%s\"}", "{\"text\":-,\"m\":\"%s\"}",
            "{\"m\":\"%s\",\"text\":" + "[".repeat(100_000),
            "{\"m\":\"%s\"," + "\"a\":{".repeat(20_000) + "}".repeat(20_000) + "}",
            "{\"m\":\"%s\",\"days\":" + "9".repeat(200_000) + "}",
            "{\"%s" + "x".repeat(200_000) + "\":1}");

    List<Attack> malformedJson(Operation op, Role actor) {
        List<Attack> attacks = new ArrayList<>();
        if (!op.takesJson()) {
            return attacks;
        }
        for (String broken : Requests.turn(BROKEN, op.turn(), 12)) {
            Attack attack = requests.start(Category.MALFORMED_JSON, op, actor);
            attacks.add(attack.body(Operation.JSON, broken.replace("%s", attack.marker))
                    .variant(broken.length() > 60 ? broken.substring(0, 60) + "… (" + broken.length() + " chars)"
                            : broken));
        }
        return attacks;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02X ", b & 0xFF));
        }
        return hex.toString().trim();
    }
}
