package org.safeguarding.portal.security.badinput;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a well-formed body of an operation looks like, from its schema: a plausible value for every property (the
 * first value of an enum, a sentence with the request's marker for text), and the list of its fields down to nested
 * objects, so each generator can break exactly one thing at a time.
 */
final class Shapes {

    /** A field of a JSON body: where it is (property names from the top) and its resolved schema. */
    record Field(List<String> path, JsonNode schema) {

        String name() {
            return String.join(".", path);
        }

        String kind() {
            if (schema.has("enum")) {
                return "enum";
            }
            String type = schema.path("type").asText();
            return type.isEmpty() && schema.has("properties") ? "object" : type;
        }
    }

    private static final String PLACEHOLDER = "__bad_input_raw_value__";
    private static final int MAX_DEPTH = 3;

    private final ApiDocument document;
    private final ObjectMapper json = new ObjectMapper();

    Shapes(ApiDocument document) {
        this.document = document;
    }

    /** A plausible body for the schema, every free text carrying the marker. */
    ObjectNode plausible(JsonNode schema, String marker) {
        JsonNode value = plausibleValue(document.resolve(schema), marker, 0);
        return value instanceof ObjectNode object ? object : json.createObjectNode();
    }

    /** The JSON text of a plausible value of any schema (an array's item, say). */
    String plausibleText(JsonNode schema, String marker) {
        return write(plausibleValue(document.resolve(schema), marker, 1));
    }

    private JsonNode plausibleValue(JsonNode schema, String marker, int depth) {
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        switch (schema.path("type").asText(schema.has("properties") ? "object" : "")) {
            case "boolean":
                return json.getNodeFactory().booleanNode(false);
            case "integer":
            case "number":
                return json.getNodeFactory().numberNode(1);
            case "array": {
                ArrayNode array = json.createArrayNode();
                if (depth < MAX_DEPTH) {
                    array.add(plausibleValue(document.resolve(schema.path("items")), marker, depth + 1));
                }
                return array;
            }
            case "object": {
                ObjectNode object = json.createObjectNode();
                if (depth < MAX_DEPTH) {
                    for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("properties").fields(); p.hasNext();) {
                        Map.Entry<String, JsonNode> property = p.next();
                        object.set(property.getKey(),
                                plausibleValue(document.resolve(property.getValue()), marker, depth + 1));
                    }
                }
                return object;
            }
            default:
                if ("date-time".equals(schema.path("format").asText())) {
                    // A moment a little while ago: the only date-time a request takes is when something happened
                    // (a referral the hub received), which may be neither in the future nor long past.
                    return json.getNodeFactory().textNode(java.time.Instant.now().minusSeconds(3600)
                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
                }
                return json.getNodeFactory().textNode(Requests.plausibleText(marker));
        }
    }

    /** Every property of the schema, nested objects' properties included (not array items'). */
    List<Field> fields(JsonNode schema) {
        List<Field> fields = new ArrayList<>();
        collect(document.resolve(schema), new ArrayList<>(), fields);
        return fields;
    }

    private void collect(JsonNode schema, List<String> at, List<Field> into) {
        if (at.size() >= MAX_DEPTH) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("properties").fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> property = p.next();
            List<String> path = new ArrayList<>(at);
            path.add(property.getKey());
            JsonNode resolved = document.resolve(property.getValue());
            into.add(new Field(List.copyOf(path), resolved));
            collect(resolved, path, into);
        }
    }

    /** The body with the field's value replaced by raw JSON text, exactly as given (which may not be valid JSON). */
    String withRaw(ObjectNode body, Field field, String rawJson) {
        ObjectNode copy = body.deepCopy();
        ObjectNode parent = parentOf(copy, field);
        parent.put(field.path().get(field.path().size() - 1), PLACEHOLDER);
        return write(copy).replace("\"" + PLACEHOLDER + "\"", rawJson);
    }

    /** The body without the field. */
    String without(ObjectNode body, Field field) {
        ObjectNode copy = body.deepCopy();
        parentOf(copy, field).remove(field.path().get(field.path().size() - 1));
        return write(copy);
    }

    String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The object that holds the field, made where the plausible body had no object there. */
    private static ObjectNode parentOf(ObjectNode body, Field field) {
        ObjectNode parent = body;
        for (String step : field.path().subList(0, field.path().size() - 1)) {
            parent = parent.get(step) instanceof ObjectNode object ? object : parent.putObject(step);
        }
        return parent;
    }
}
