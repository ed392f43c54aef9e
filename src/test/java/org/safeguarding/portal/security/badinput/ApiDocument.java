package org.safeguarding.portal.security.badinput;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The service's own OpenAPI document ({@code /q/openapi?format=json}), read at test time: every operation it lists
 * is attacked, so a new endpoint is covered without editing the suite.
 */
final class ApiDocument {

    /**
     * The test application's deliberately failing endpoints ({@code testing/FailingResource}): they exist to answer
     * 500 for the error-policy tests, and are not part of the service.
     */
    private static final String TEST_ONLY = "/test-only/";

    private final JsonNode components;
    private final List<Operation> operations = new ArrayList<>();

    private ApiDocument(JsonNode document) {
        this.components = document.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().contains(TEST_ONLY)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!op.getKey().equals("parameters")) {
                    operations.add(operation(op.getKey().toUpperCase(), path.getKey(), op.getValue(),
                            path.getValue().path("parameters")));
                }
            }
        }
    }

    static ApiDocument parse(String json) {
        try {
            return new ApiDocument(new ObjectMapper().readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
    }

    List<Operation> operations() {
        return operations;
    }

    /** The schema itself, with a {@code $ref} to the document's components followed (to any depth). */
    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int depth = 0; depth < 10 && resolved.has("$ref"); depth++) {
            String ref = resolved.get("$ref").asText();
            resolved = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return resolved;
    }

    private Operation operation(String method, String path, JsonNode op, JsonNode sharedParameters) {
        List<Operation.Param> pathParams = new ArrayList<>();
        List<Operation.Param> queryParams = new ArrayList<>();
        List<Operation.Param> headerParams = new ArrayList<>();
        for (JsonNode list : List.of(sharedParameters, op.path("parameters"))) {
            for (JsonNode parameter : list) {
                Operation.Param param = new Operation.Param(parameter.path("name").asText(),
                        resolve(parameter.path("schema")));
                switch (parameter.path("in").asText()) {
                    case "path" -> pathParams.add(param);
                    case "query" -> queryParams.add(param);
                    case "header" -> headerParams.add(param);
                    default -> {
                        // Cookies are the suite's own business (sessions, CSRF): it sets them itself.
                    }
                }
            }
        }
        String bodyType = null;
        JsonNode bodySchema = null;
        for (Iterator<Map.Entry<String, JsonNode>> content = op.path("requestBody").path("content").fields(); content
                .hasNext();) {
            Map.Entry<String, JsonNode> type = content.next();
            if (bodyType == null || type.getKey().equals(Operation.JSON)) {
                bodyType = type.getKey();
                JsonNode schema = type.getValue().path("schema");
                // A form's fields are listed inline; a reference there is a framework type the resource reads the
                // request through (RoutingContext), which says nothing of the fields.
                bodySchema = bodyType.equals(Operation.FORM) && schema.has("$ref")
                        ? new ObjectMapper().createObjectNode()
                        : resolve(schema);
            }
        }
        boolean secured = op.has("security") && op.get("security").size() > 0;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (JsonNode requirement : op.path("security")) {
            requirement.fields().forEachRemaining(scheme -> scheme.getValue()
                    .forEach(name -> Role.named(name.asText()).ifPresent(roles::add)));
        }
        return new Operation(method, path, pathParams, queryParams, headerParams, bodyType, bodySchema, secured,
                roles);
    }
}
