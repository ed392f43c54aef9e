package org.safeguarding.portal.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.Tokens;

/**
 * The case's JSON answers are the API's own records, not the pages' views: these are the fields a client receives,
 * and a helper added to a page view (a key of its words, a list of its choices) must not add to them.
 */
@QuarkusTest
class CaseApiContractTest {

    /** What the owner and a caseworker both receive. */
    private static final Set<String> CASE = Set.of("id", "reference", "status", "openedAt", "account", "intake",
            "acknowledgement", "preferences", "timeline", "messages", "assignedWorker", "commitments", "requests",
            "paused");
    /** What only a caseworker receives besides. */
    private static final Set<String> RECORD_ONLY = Set.of("risk", "assignedToReader", "screening", "onwardReferrals",
            "statusHistory", "nextStatuses", "accessPurpose", "contactEveryDays", "closureReason", "referrer",
            "recordedByHub");

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    Tokens tokens;
    Casework casework;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        casework = new Casework(tokens);
    }

    @Test
    void theSurvivorReceivesTheCaseAndNothingOfThePage() {
        String id = casework.newCase(Map.of());
        Map<String, Object> own = tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertEquals(new TreeSet<>(CASE), new TreeSet<>(own.keySet()));
    }

    @Test
    void aCaseworkerReceivesTheRecordAndNothingOfThePage() {
        String id = casework.newCase(Map.of());
        Map<String, Object> record = tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("");
        Set<String> expected = new TreeSet<>(CASE);
        expected.addAll(RECORD_ONLY);
        assertEquals(expected, new TreeSet<>(record.keySet()));
    }
}
