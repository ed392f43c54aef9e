package org.safeguarding.portal.screening;

import org.safeguarding.portal.testing.Casework;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/** Screening: the standard overrides on the risk level, its validation, and routing a child at risk to the MASH. */
@QuarkusTest
class ScreeningTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;

    Tokens tokens;
    Casework casework;

    @BeforeEach
    void setUp() {
        tokens = new Tokens(keycloakUrl);
        casework = new Casework(tokens);
    }

    @Test
    void aChildUnder13OrALearningDisabilityIsNeverLow() {
        String id = casework.newCase(Map.of());
        casework.screen("caseworker1", id, Map.of("risk", "LOW", "childUnder13", true)).then().statusCode(201)
                .body("assessedRisk", equalTo("LOW")).body("risk", equalTo("MEDIUM"))
                .body("overrides", equalTo(java.util.List.of("CHILD_UNDER_13")));
        casework.screen("caseworker1", id, Map.of("risk", "LOW", "learningDisability", true)).then().statusCode(201)
                .body("risk", equalTo("MEDIUM")).body("overrides", equalTo(java.util.List.of("LEARNING_DISABILITY")));
        // A judgement already above the floor is kept, and no override is claimed.
        casework.screen("caseworker1", id, Map.of("risk", "HIGH", "learningDisability", true)).then().statusCode(201)
                .body("risk", equalTo("HIGH")).body("overrides", hasSize(0));
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().body("risk", equalTo("HIGH"))
                .body("screening.risk", equalTo("HIGH"));
        assertEquals(3, Rows.count(dataSource, "select count(*) from case_screening where case_id = ?",
                UUID.fromString(id)), "every screening is kept");
        assertEquals(3, Rows.audited(dataSource, id, "SCREEN_CASE"), "each screening audited");
    }

    @Test
    void sexualExploitationOfAChildOrImmediateDangerIsHigh() {
        String id = casework.newCase(Map.of());
        casework.screen("caseworker1", id, Map.of("subjectType", "CHILD_AT_RISK", "risk", "LOW",
                "childExploitation", true)).then().statusCode(201).body("risk", equalTo("HIGH"))
                .body("overrides", hasItem("CHILD_EXPLOITATION"));
        String other = casework.newCase(Map.of());
        casework.screen("caseworker1", other, Map.of("risk", "MEDIUM", "immediateDanger", true)).then()
                .statusCode(201).body("risk", equalTo("HIGH")).body("overrides", hasItem("IMMEDIATE_DANGER"));
    }

    @Test
    void aScreeningMustAnswerTheEssentialsAndExplainAPoliceOverride() {
        String id = casework.newCase(Map.of());
        tokens.as("caseworker1").body("{}").post("/api/v1/cases/" + id + "/screening").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("subjectType", "immediateDanger", "risk",
                        "policeReferral", "classification"));
        casework.screen("caseworker1", id, Map.of("policeReferral", "CHILD_RISK_OVERRIDE")).then().statusCode(422)
                .body("errors[0].field", equalTo("policeReferral"));
        casework.screen("caseworker1", id, Map.of("subjectType", "CHILD_AT_RISK", "policeReferral",
                "CHILD_RISK_OVERRIDE")).then().statusCode(422).body("errors[0].field", equalTo("rationale"));
        casework.screen("caseworker1", id, Map.of("risk", "SEVERE")).then().statusCode(400);
        assertEquals(0, Rows.count(dataSource, "select count(*) from case_screening where case_id = ?",
                UUID.fromString(id)));
        tokens.as("survivor1").body("{}").post("/api/v1/cases/" + id + "/screening").then().statusCode(403);
    }

    @Test
    void theRationaleIsEncryptedAtRest() {
        String id = casework.newCase(Map.of());
        casework.screen("caseworker1", id, Map.of("subjectType", "CHILD_AT_RISK", "policeReferral",
                "CHILD_RISK_OVERRIDE", "rationale", "Younger sister named by the exploiter")).then().statusCode(201)
                .body("rationale", equalTo("Younger sister named by the exploiter"));
        Rows.texts(dataSource, "select rationale_ciphertext from case_screening where case_id = ?",
                UUID.fromString(id)).forEach(stored -> assertFalse(stored.contains("sister")));
    }

    @Test
    void aChildAtRiskIsRoutedToTheMashAndTheSurvivorIsToldWhenItIsWithoutConsent() {
        String id = casework.newCase(Map.of("partners", "NOT_NOW"));
        casework.screen("caseworker1", id, Map.of("subjectType", "BOTH", "risk", "HIGH")).then().statusCode(201);
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().statusCode(200)
                .body("onwardReferrals", hasSize(1))
                .body("onwardReferrals[0].partner", equalTo("MASH"))
                .body("onwardReferrals[0].status", equalTo("PROPOSED"))
                .body("onwardReferrals[0].basis", equalTo("CHILD_RISK_OVERRIDE"));
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then()
                .body("messages[-1].text", containsString("without your agreement"))
                .body("messages[-1].text", containsString("Multi-Agency Safeguarding Hub"));
        // Screening again does not route it twice.
        casework.screen("caseworker1", id, Map.of("subjectType", "CHILD_AT_RISK", "risk", "HIGH")).then()
                .statusCode(201);
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().body("onwardReferrals", hasSize(1));
    }

    @Test
    void withConsentTheMashReferralRestsOnIt() {
        String id = casework.newCase(Map.of("partners", "GRANTED"));
        casework.screen("caseworker1", id, Map.of("subjectType", "CHILD_AT_RISK", "risk", "HIGH")).then()
                .statusCode(201);
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().body("onwardReferrals[0].basis",
                equalTo("CONSENT"));
    }

    @Test
    void everyScreeningSaysWhatItFoundAndAnUnknownClassificationIsA400() {
        String id = casework.newCase(Map.of());
        java.util.Map<String, Object> without = new java.util.HashMap<>();
        without.put("classification", null);
        casework.screen("caseworker1", id, without).then().statusCode(422)
                .body("errors.field", equalTo(java.util.List.of("classification")))
                .body("errors[0].message", equalTo("Choose what the screening found"));
        casework.screen("caseworker1", id, Map.of("classification", "LIFESTYLE_CHOICE")).then().statusCode(400)
                .body(org.hamcrest.Matchers.not(containsString("LIFESTYLE_CHOICE")));
        assertEquals(0, Rows.count(dataSource, "select count(*) from case_screening where case_id = ?",
                UUID.fromString(id)), "nothing stored");
        assertEquals(0, Rows.audited(dataSource, id, "SCREEN_CASE"));
        casework.screen("caseworker1", id, Map.of()).then().statusCode(201)
                .body("classification", equalTo("EXPLOITATION"));
        assertEquals(java.util.List.of("EXPLOITATION"), Rows.texts(dataSource,
                "select classification from case_screening where case_id = ?", UUID.fromString(id)));
    }

    /** The inquiries found exploitation relabelled as "consensual": every move away from it is explained in writing. */
    @Test
    void classifyingACaseAsAnythingButExploitationNeedsTheWrittenRationale() {
        String id = casework.newCase(Map.of());
        casework.screen("caseworker1", id, Map.of()).then().statusCode(201);
        for (String away : java.util.List.of("OTHER_SEXUAL_ABUSE", "OTHER_HARM", "NO_HARM_IDENTIFIED")) {
            casework.screen("caseworker1", id, Map.of("classification", away)).then().statusCode(422)
                    .body("errors.field", equalTo(java.util.List.of("rationale")))
                    .body("errors[0].message", containsString("why this is not classified as exploitation"));
            casework.screen("caseworker1", id, Map.of("classification", away, "rationale", "   ")).then()
                    .statusCode(422);
        }
        assertEquals(1, Rows.count(dataSource, "select count(*) from case_screening where case_id = ?",
                UUID.fromString(id)), "the refused screenings are not stored");
        casework.screen("caseworker1", id, Map.of("classification", "OTHER_HARM", "rationale",
                "Harm by a family member, no exploitation found after talking with her sister")).then()
                .statusCode(201).body("classification", equalTo("OTHER_HARM"));
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().body("screening.classification",
                equalTo("OTHER_HARM"));
        assertEquals(java.util.List.of("OTHER_HARM", "EXPLOITATION"), Rows.texts(dataSource,
                "select classification from case_screening where case_id = ? order by screened_at desc",
                UUID.fromString(id)), "the earlier classification is kept beside the new one");
        Rows.texts(dataSource, "select rationale_ciphertext from case_screening where case_id = ? "
                + "and rationale_ciphertext is not null", UUID.fromString(id))
                .forEach(stored -> assertFalse(stored.contains("sister"), "rationale stored as plaintext"));
    }
}
