package org.safeguarding.portal.notes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/**
 * Caseworkers' notes: encrypted, kept as history, and checked for victim-blaming language before they are saved;
 * a flagged note needs rephrasing or a reason, and confirmed ones are counted for the board.
 */
@QuarkusTest
class CaseNotesTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    NoteService notes;

    Tokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new Tokens(keycloakUrl);
    }

    private String newCase() {
        return tokens.as("survivor1").body(Map.of("account", "Notes case", "contactPlan", Map.of("noContact", true)))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    @Test
    void aNoteIsEncryptedAtRestAndEditsKeepTheEarlierWords() throws Exception {
        String id = newCase();
        String noteId = tokens.as("caseworker1").body(Map.of("text", "Note canary: spoke to her today"))
                .post("/api/v1/cases/" + id + "/notes").then().statusCode(201)
                .body("versions", hasSize(1)).extract().path("id");
        tokens.as("caseworker1").body(Map.of("text", "Note canary: spoke to her today at school"))
                .put("/api/v1/cases/" + id + "/notes/" + noteId).then().statusCode(200)
                .body("versions", hasSize(2))
                .body("versions[0].text", equalTo("Note canary: spoke to her today"))
                .body("versions[1].text", equalTo("Note canary: spoke to her today at school"));

        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select v::text, v.text_ciphertext from case_note_version v join case_note n on n.id = v.note_id "
                        + "where n.case_id = ?")) {
            q.setObject(1, UUID.fromString(id));
            ResultSet rows = q.executeQuery();
            while (rows.next()) {
                assertFalse(rows.getString(1).contains("canary"));
                assertFalse(new String(rows.getBytes(2), StandardCharsets.ISO_8859_1).contains("canary"));
            }
        }
        assertEquals(1, Rows.audited(dataSource, id, "ADD_NOTE"));
        assertEquals(1, Rows.audited(dataSource, id, "EDIT_NOTE"));
    }

    @Test
    void aFlaggedNoteIsRefusedWithThePhrasesAndNothingIsStored() {
        String id = newCase();
        tokens.as("caseworker1").body(Map.of("text", "She is promiscuous and it was a lifestyle choice"))
                .post("/api/v1/cases/" + id + "/notes").then().statusCode(422)
                .body("errors.field", hasItem("text"))
                .body("errors.message", hasItem(containsString("promiscuous")))
                .body("errors.message", hasItem(containsString("lifestyle choice")))
                .body(not(containsString("She is")));
        tokens.as("caseworker1").get("/api/v1/cases/" + id + "/notes").then().statusCode(200).body("$", hasSize(0));
        assertEquals(0, Rows.audited(dataSource, id, "ADD_NOTE"));
    }

    @Test
    void aRephrasedNotePassesAndAConfirmedOneIsKeptWithItsReasonAndCounted() {
        String id = newCase();
        tokens.as("caseworker1").body(Map.of("text", "An adult man, 34, sexually exploited her")).post("/api/v1/cases/" + id + "/notes")
                .then().statusCode(201).body("versions[0].flaggedTerms", hasSize(0));

        Instant from = Instant.now().minus(1, ChronoUnit.MINUTES);
        long before = notes.countConfirmedFlagged(from, Instant.now().plus(1, ChronoUnit.MINUTES));
        tokens.as("caseworker1").body(Map.of("text", "She called him her boyfriend", "confirmReason", "Her own words, quoted"))
                .post("/api/v1/cases/" + id + "/notes").then().statusCode(201)
                .body("versions[0].flaggedTerms", equalTo(List.of("boyfriend")))
                .body("versions[0].confirmReason", equalTo("Her own words, quoted"));
        assertEquals(before + 1, notes.countConfirmedFlagged(from, Instant.now().plus(1, ChronoUnit.MINUTES)));
    }

    @Test
    void onlyCaseworkersReachNotes() {
        String id = newCase();
        tokens.as("survivor1").get("/api/v1/cases/" + id + "/notes").then().statusCode(403);
        tokens.as("board1").body(Map.of("text", "x")).post("/api/v1/cases/" + id + "/notes").then().statusCode(403);
        tokens.as("caseworker1").get("/api/v1/cases/" + UUID.randomUUID() + "/notes").then().statusCode(404);
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().statusCode(200).body(not(containsString("versions")));
    }

    @Test
    void onTheNotePageAFlaggedNoteAsksForAReasonAndKeepsWhatWasTyped() {
        String id = newCase();
        PageSession caseworker = PageSession.signIn("caseworker1");
        String csrf = caseworker.csrfTokenFrom("/casework/cases/" + id + "/notes");
        caseworker.request().formParam("csrf", csrf).formParam("text", "Described as streetwise by school")
                .post("/casework/cases/" + id + "/notes").then().statusCode(422)
                .body(containsString("id=\"flagged-terms\"")).body(containsString("streetwise"))
                .body(containsString("Described as streetwise by school")).body(containsString("id=\"confirmReason\""));
        caseworker.request().formParam("csrf", csrf).formParam("text", "Described as streetwise by school")
                .formParam("confirmReason", "Quoting the school's referral").post("/casework/cases/" + id + "/notes")
                .then().statusCode(303);
        caseworker.request().formParam("csrf", csrf).formParam("text", "Spoke to her ISVA")
                .post("/casework/cases/" + id + "/notes").then().statusCode(303);
        caseworker.get("/casework/cases/" + id).then().statusCode(200)
                .body(containsString("Quoting the school&#39;s referral"))
                .body(containsString("Spoke to her ISVA"));
    }

    @Test
    void readingNotesIsAudited() {
        String id = newCase();
        tokens.as("caseworker1").get("/api/v1/cases/" + id + "/notes").then().statusCode(200);
        assertEquals(1, Rows.audited(dataSource, id, "VIEW_NOTES"));
    }
}
