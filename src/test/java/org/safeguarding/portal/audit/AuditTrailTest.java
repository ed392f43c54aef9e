package org.safeguarding.portal.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.safeguarding.portal.testing.Tokens;

@QuarkusTest
class AuditTrailTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;
    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;
    @Inject
    DataSource dataSource;
    @Inject
    EntityManager em;

    Tokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new Tokens(keycloakUrl);
    }

    private String submittedCase() {
        return given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .body("{\"account\":\"Audited account\",\"contactPlan\":{\"channels\":[\"PORTAL\"]}}").post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void submittingWritesAnAuditRowForTheNewCase() throws SQLException {
        String id = submittedCase();
        assertEquals(List.of("SUBMIT_REFERRAL/survivor"), actionsOn(id));
    }

    @Test
    void aCaseworkerReadingACaseWritesAnAuditRowWithPurpose() throws SQLException {
        String id = submittedCase();
        given().auth().oauth2(tokens.forUser("caseworker1")).get("/api/v1/cases/" + id).then().statusCode(200);

        assertEquals(List.of("SUBMIT_REFERRAL/survivor", "VIEW_CASE/caseworker"), actionsOn(id));
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select purpose, actor_subject from audit_event where record_id = ? and action = 'VIEW_CASE'")) {
            q.setObject(1, UUID.fromString(id));
            ResultSet row = q.executeQuery();
            assertTrue(row.next());
            assertEquals("triage", row.getString(1));
            assertTrue(!row.getString(2).isBlank(), "the actor is recorded");
        }
    }

    @Test
    void theOwnerReadingTheirCaseIsAuditedToo() throws SQLException {
        String id = submittedCase();
        given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases/" + id).then().statusCode(200);
        assertEquals(List.of("SUBMIT_REFERRAL/survivor", "VIEW_OWN_CASE/survivor"), actionsOn(id));
    }

    @Test
    void refusedRequestsWriteNoAuditRow() throws SQLException {
        String id = submittedCase();
        given().auth().oauth2(tokens.forUser("board1")).get("/api/v1/cases/" + id).then().statusCode(403);
        given().auth().oauth2(tokens.forUser("survivor2")).get("/api/v1/me/cases/" + id).then().statusCode(404);
        given().get("/api/v1/cases/" + id).then().statusCode(401);
        assertEquals(List.of("SUBMIT_REFERRAL/survivor"), actionsOn(id));
    }

    @Test
    void ifTheAuditWriteFailsTheAccessFailsAndNothingIsChanged() throws SQLException {
        String id = submittedCase();
        long referralsBefore;
        try (Connection c = asOwner()) {
            // From now on the database refuses these two audit actions (existing rows are not checked).
            c.createStatement().execute("alter table audit_event add constraint audit_test_refuses check "
                    + "(action not in ('VIEW_OWN_CASE', 'SUBMIT_REFERRAL')) not valid");
            try (ResultSet count = c.createStatement().executeQuery("select count(*) from referral")) {
                count.next();
                referralsBefore = count.getLong(1);
            }
        }
        try {
            given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases/" + id).then().statusCode(500)
                    .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Audited account")));
            given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                    .body("{\"account\":\"Unaudited account\",\"contactPlan\":{\"noContact\":true}}")
                    .post("/api/v1/referrals").then().statusCode(500);
            try (Connection c = dataSource.getConnection();
                    ResultSet count = c.createStatement().executeQuery("select count(*) from referral")) {
                count.next();
                assertEquals(referralsBefore, count.getLong(1), "a submission whose audit row failed is not stored");
            }
        } finally {
            try (Connection c = asOwner()) {
                c.createStatement().execute("alter table audit_event drop constraint audit_test_refuses");
            }
        }
        given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases/" + id).then().statusCode(200);
    }

    @Test
    void theAuditTableRefusesUpdateDeleteAndTruncate() throws SQLException {
        submittedCase();
        // The service's own role has no such privilege; the owner, who has, meets the triggers.
        try (Connection c = dataSource.getConnection()) {
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("update audit_event set purpose = 'x'"));
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("delete from audit_event"));
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("truncate audit_event"));
        }
        try (Connection c = asOwner()) {
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("update audit_event set purpose = 'x'"));
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("delete from audit_event"));
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("truncate audit_event"));
        }
    }

    @Test
    void anAuditedRequestWaitsForNoOtherAuditWrite() throws SQLException {
        String id = submittedCase();
        // Another transaction has written an audit row, holding the lock every audit write once took (now only
        // the sealer's), and has not committed: a slow request, or a sealing run, on any instance.
        try (Connection slow = asOwner()) {
            slow.setAutoCommit(false);
            slow.createStatement().execute("select pg_advisory_xact_lock(" + AuditSealer.SEAL_LOCK + ")");
            slow.createStatement().execute("insert into audit_event (occurred_at, actor_subject, actor_role, action, "
                    + "record_type, record_id) values (now(), 'slow', 'caseworker', 'VIEW_CASE', 'case', '" + id + "')");
            // With a lock on the request path this read would wait out the 10 s lock timeout and fail.
            given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases/" + id).then().statusCode(200);
            slow.rollback();
        }
        assertEquals(List.of("SUBMIT_REFERRAL/survivor", "VIEW_OWN_CASE/survivor"), actionsOn(id));
    }

    @Test
    void aRowNamesItsSessionAndClientOnlyByKeyedHashes() throws SQLException {
        String token = tokens.forUser("survivor1");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"account\":\"Audited account\",\"contactPlan\":{\"channels\":[\"PORTAL\"]}}")
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).get("/api/v1/me/cases/" + id).then().statusCode(200);
        given().auth().oauth2(tokens.forUser("caseworker1")).get("/api/v1/cases/" + id).then().statusCode(200);
        List<String[]> rows = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select session_ref, client_ref, actor_subject from audit_event where record_id = ? order by id")) {
            q.setObject(1, UUID.fromString(id));
            ResultSet rs = q.executeQuery();
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        assertEquals(3, rows.size());
        for (String[] row : rows) {
            assertTrue(row[0] != null && row[0].matches("[A-Za-z0-9_-]{43}"), "a keyed session hash: " + row[0]);
            assertTrue(row[1] != null && row[1].matches("[A-Za-z0-9_-]{43}"), "a keyed client hash: " + row[1]);
            assertTrue(!row[0].contains(row[2]) && !row[1].contains("127.0.0.1"), "never the raw values");
        }
        assertEquals(rows.get(0)[0], rows.get(1)[0], "one sign-in session, one pseudonym");
        assertTrue(!rows.get(1)[0].equals(rows.get(2)[0]), "another person's session, another pseudonym");
        assertEquals(rows.get(0)[1], rows.get(2)[1], "one client address, one pseudonym");
    }

    private Connection asOwner() throws SQLException {
        return java.sql.DriverManager.getConnection(url, owner, ownerPassword);
    }

    private List<String> actionsOn(String caseId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select action || '/' || actor_role from audit_event where record_id = ? order by id")) {
            q.setObject(1, UUID.fromString(caseId));
            ResultSet rows = q.executeQuery();
            List<String> actions = new java.util.ArrayList<>();
            while (rows.next()) {
                actions.add(rows.getString(1));
            }
            return actions;
        }
    }
}
