package org.safeguarding.portal.security.badinput;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An Idempotency-Key already used, sent again with another body: the service must refuse it (a retry returns the first
 * result only for the identical request), and store nothing. Covers every operation whose OpenAPI entry takes the
 * header.
 */
final class ReplayAttacks {

    static final String HEADER = "Idempotency-Key";
    private static final String KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The request the service accepted first, under its key. */
    record Original(String key, String body) {
    }

    private final Requests requests;

    ReplayAttacks(Requests requests) {
        this.requests = requests;
    }

    static boolean takesIdempotencyKey(Operation op) {
        return op.takesJson() && op.headerParams().stream().anyMatch(p -> p.name().equalsIgnoreCase(HEADER));
    }

    /**
     * Finds a body the service accepts, sparest first (only enums, booleans and lists; then without one object at a
     * time, as one object's plausible answers may contradict another's; then one object alone), under a fresh key
     * each try: that body and key are the original the replays differ from. The fuller the original, the more of its
     * fields a replay can change.
     */
    Optional<Original> original(Operation op, Role actor, Wire wire) {
        ObjectNode spare = spare(requests.plausibleJson(op, "unused"));
        List<String> candidates = new ArrayList<>();
        candidates.add(requests.shapes().write(spare));
        for (Iterator<Map.Entry<String, JsonNode>> fields = spare.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isObject()) {
                ObjectNode without = spare.deepCopy();
                without.remove(field.getKey());
                candidates.add(requests.shapes().write(without));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = spare.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isObject()) {
                candidates.add(requests.shapes().write(
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                                .set(field.getKey(), field.getValue())));
            }
        }
        for (String body : candidates) {
            String key = newKey();
            Attack attempt = requests.start(Category.REPLAYED_IDEMPOTENCY_KEYS, op, actor).header(HEADER, key)
                    .body(Operation.JSON, body);
            int status = wire.send(attempt).status();
            if (status >= 200 && status < 300) {
                return Optional.of(new Original(key, body));
            }
        }
        return Optional.empty();
    }

    /** The original's key with other bodies: each field changed in turn, then bodies that share nothing with it. */
    List<Attack> replays(Operation op, Role actor, Original original) {
        List<Attack> attacks = new ArrayList<>();
        ObjectNode first = (ObjectNode) parse(original.body());
        for (Shapes.Field field : requests.shapes().fields(op.bodySchema())) {
            Attack attack = requests.start(Category.REPLAYED_IDEMPOTENCY_KEYS, op, actor);
            String changed = requests.shapes().withRaw(first, field, otherValue(field, attack.marker));
            if (!changed.equals(original.body())) {
                attacks.add(replay(attack, original, changed, "changed " + field.name()));
            }
        }
        Attack plausible = requests.start(Category.REPLAYED_IDEMPOTENCY_KEYS, op, actor);
        attacks.add(replay(plausible, original, requests.shapes().write(requests.plausibleJson(op, plausible.marker)),
                "a whole other body"));
        return attacks;
    }

    /** The identical request again: answered with the first result, storing nothing new. */
    Attack identical(Operation op, Role actor, Original original) {
        Attack attack = requests.start(Category.REPLAYED_IDEMPOTENCY_KEYS, op, actor).header(HEADER, original.key())
                .body(Operation.JSON, original.body());
        return attack.variant("the identical request again");
    }

    private static Attack replay(Attack attack, Original original, String body, String variant) {
        return attack.header(HEADER, original.key()).body(Operation.JSON, body).expect(Expect.REFUSED)
                .variant(variant);
    }

    private static String otherValue(Shapes.Field field, String marker) {
        switch (field.kind()) {
            case "enum":
                JsonNode values = field.schema().get("enum");
                return Requests.jsonString(values.get(values.size() - 1).asText());
            case "boolean":
                return "true";
            case "integer":
            case "number":
                return "2";
            case "array":
                return "[]";
            case "object":
                return "{}";
            default:
                return Requests.jsonString("other words " + marker);
        }
    }

    /** The plausible body without any free text (which a schema cannot tell valid values of). */
    private static ObjectNode spare(ObjectNode body) {
        ObjectNode spare = body.deepCopy();
        List<String> texts = new ArrayList<>();
        spare.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual() && field.getValue().asText().startsWith("words from the suite")) {
                texts.add(field.getKey());
            } else if (field.getValue().isObject()) {
                spare.set(field.getKey(), spare((ObjectNode) field.getValue()));
            } else if (field.getValue().isArray()) {
                field.getValue().forEach(item -> {
                    if (item.isObject()) {
                        texts.add(field.getKey());
                    }
                });
            }
        });
        spare.remove(texts);
        return spare;
    }

    private static JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newKey() {
        StringBuilder key = new StringBuilder("replay");
        for (int i = 0; i < 40; i++) {
            key.append(KEY_ALPHABET.charAt(RANDOM.nextInt(KEY_ALPHABET.length())));
        }
        return key.toString();
    }
}
