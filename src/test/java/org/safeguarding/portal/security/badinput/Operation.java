package org.safeguarding.portal.security.badinput;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of the service's OpenAPI document, as the bad-input suite needs it: where it is, what it takes, and
 * who may call it ({@code secured} false means public; {@code roles} are those of its roles the suite knows).
 */
record Operation(String method, String path, List<Param> pathParams, List<Param> queryParams,
        List<Param> headerParams, String bodyType, JsonNode bodySchema, boolean secured, Set<Role> roles) {

    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";

    /** A parameter with its (resolved) schema. */
    record Param(String name, JsonNode schema) {

        boolean isInteger() {
            return "integer".equals(schema.path("type").asText());
        }

        boolean isBoolean() {
            return "boolean".equals(schema.path("type").asText());
        }
    }

    boolean isApi() {
        return path.startsWith("/api/");
    }

    boolean isPublic() {
        return !secured;
    }

    boolean takesJson() {
        return JSON.equals(bodyType);
    }

    /** A page's form post (with or without fields): the CSRF filter guards every one of them. */
    boolean isFormPost() {
        return !isApi() && !"GET".equals(method);
    }

    boolean changesState() {
        return !"GET".equals(method);
    }

    /** Who the operation is meant for: its roles, or nobody in particular when it is public. */
    Set<Role> homeRoles() {
        return isPublic() ? Set.of(Role.NONE) : roles;
    }

    /**
     * An operation that checks a receipt code: each attempt costs an Argon2id hash, a failure waits the deliberate
     * failure floor (400 ms) and spends the service-wide attempt budget the other tests share, so the suite sends it
     * only a sample of each category.
     */
    boolean checksReceiptCode() {
        return bodySchema != null && bodySchema.path("properties").has("receiptCode");
    }

    /**
     * An operation that ends the caller's own session (leaving, quick exit, signing out): run last, so the suite's
     * sessions stay open for everything else.
     */
    boolean endsSession() {
        return path.matches("(?i).*/(leave|quick-exit|exit|sign-out|logout)$");
    }

    /**
     * An operation that closes the caller's portal account (rights/account): it disables their sign-in in Keycloak,
     * so it runs after everything else, as a survivor of its own ({@link Cast#closeAsASurvivorOfTheirOwn}).
     */
    boolean closesAccount() {
        return path.matches("(?i).*/account/closure$");
    }

    /** A number of the operation's own, the same every run: where its share of each list of variants starts. */
    int turn() {
        return Math.floorMod(label().hashCode(), 1_000);
    }

    String label() {
        return method + " " + path;
    }
}
