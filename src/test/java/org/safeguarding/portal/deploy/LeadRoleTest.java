package org.safeguarding.portal.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.safeguarding.portal.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The hub's team lead, as the development realm imported into the real Keycloak makes them: the demo user lead1's
 * token carries both lead and caseworker (the composite RealmFilesTest reads in the file), so a lead works the queue
 * like any caseworker; a caseworker's token does not carry lead, and the board's carries neither.
 */
@QuarkusTest
class LeadRoleTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    @Test
    void aLeadIsACaseworkerWhoseTokenAlsoSaysLead() throws Exception {
        Tokens tokens = new Tokens(keycloakUrl);
        JsonNode lead = rolesIn(tokens.forUser("lead1"));
        assertTrue(contains(lead, "lead") && contains(lead, "caseworker"), "lead1's roles: " + lead);
        JsonNode caseworker = rolesIn(tokens.forUser("caseworker1"));
        assertTrue(contains(caseworker, "caseworker") && !contains(caseworker, "lead"), "caseworker1: " + caseworker);
        JsonNode board = rolesIn(tokens.forUser("board1"));
        assertTrue(!contains(board, "lead") && !contains(board, "caseworker"), "board1: " + board);
        tokens.as("lead1").get("/api/v1/cases").then().statusCode(200);
    }

    private static JsonNode rolesIn(String token) throws Exception {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(payload).path("realm_access").path("roles");
    }

    private static boolean contains(JsonNode roles, String role) {
        for (JsonNode r : roles) {
            if (r.asText().equals(role)) {
                return true;
            }
        }
        return false;
    }
}
