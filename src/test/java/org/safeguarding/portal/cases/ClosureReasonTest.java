package org.safeguarding.portal.cases;

import org.safeguarding.portal.testing.Casework;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
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
 * Why a case closes: chosen when closure is proposed, kept on the case, carried by the change that closes it (where
 * the board counts closures by reason), and cleared when the proposal is turned down or the case reopened.
 */
@QuarkusTest
class ClosureReasonTest {

    private static final String REASONS = "We agreed together that you have the support you wanted.";

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

    /** Claimed by caseworker1, screened and moved on to REVIEW: the step before proposing closure. */
    private String caseInReview() {
        String id = casework.assignedCase(Map.of(), Map.of());
        for (String next : List.of("NEEDS_ASSESSMENT", "SUPPORT_PLAN", "ACTIVE", "REVIEW")) {
            casework.move("caseworker1", id, next, null, null).then().statusCode(200);
        }
        return id;
    }

    private List<String> stored(String sql, String id) {
        return Rows.texts(dataSource, sql, UUID.fromString(id));
    }

    private List<String> caseReason(String id) {
        return stored("select closure_reason from survivor_case where id = ?", id);
    }

    @Test
    void proposingClosureWithoutAReasonIsA422AndChangesNothing() {
        String id = caseInReview();
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, REASONS).then().statusCode(422)
                .body("detail", containsString("Choose why the case would close"));
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().body("status", equalTo("REVIEW"));
        assertEquals(0, Rows.count(dataSource, "select count(*) from case_status_change where case_id = ? "
                + "and to_status = 'CLOSURE_PROPOSED'", UUID.fromString(id)));
        assertEquals(Arrays.asList((String) null), caseReason(id));
        assertEquals(7, Rows.audited(dataSource, id, "CHANGE_STATUS"), "the refused move is not audited");
    }

    @Test
    void anUnknownReasonIsA400AndNothingIsStored() {
        String id = caseInReview();
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, REASONS, "LOST_INTEREST").then().statusCode(400)
                .body(org.hamcrest.Matchers.not(containsString("LOST_INTEREST")));
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then().body("status", equalTo("REVIEW"));
        assertEquals(Arrays.asList((String) null), caseReason(id));
    }

    @Test
    void theChangeThatClosesTheCaseCarriesTheReasonChosenAtTheProposal() {
        String id = caseInReview();
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, REASONS, "NO_CONTACT_POSSIBLE").then()
                .statusCode(200);
        assertEquals(List.of("NO_CONTACT_POSSIBLE"), caseReason(id));
        tokens.as("caseworker2").get("/api/v1/cases/" + id).then().statusCode(200)
                .body("closureReason", equalTo("NO_CONTACT_POSSIBLE"));
        // The one who signs off gives no reason of their own: the proposal's is copied.
        casework.move("caseworker2", id, "CLOSED", null, null).then().statusCode(200);
        assertEquals(List.of("NO_CONTACT_POSSIBLE"), stored("select closure_reason from case_status_change "
                + "where case_id = ? and to_status = 'CLOSED'", id));
        assertEquals(List.of("NO_CONTACT_POSSIBLE"), stored("select closure_reason from case_status_change "
                + "where case_id = ? and to_status = 'CLOSURE_PROPOSED'", id));
        assertEquals(0, Rows.count(dataSource, "select count(*) from case_status_change where case_id = ? "
                + "and to_status not in ('CLOSURE_PROPOSED', 'CLOSED') and closure_reason is not null",
                UUID.fromString(id)), "no other change carries a closure reason");
        tokens.as("caseworker1").get("/api/v1/cases/" + id).then()
                .body("statusHistory[-1].to", equalTo("CLOSED"))
                .body("statusHistory[-1].closureReason", equalTo("NO_CONTACT_POSSIBLE"));
        // The survivor is sent the written reasons, never the hub's category.
        tokens.as("survivor1").get("/api/v1/me/cases/" + id).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("NO_CONTACT_POSSIBLE")));

        casework.move("caseworker1", id, "REOPENED", "The survivor asked for support again", null).then()
                .statusCode(200);
        assertEquals(Arrays.asList((String) null), caseReason(id), "a reopened case has no closure reason");
        assertEquals(List.of("NO_CONTACT_POSSIBLE"), stored("select closure_reason from case_status_change "
                + "where case_id = ? and to_status = 'CLOSED'", id), "the closure stays counted as it was");
    }

    @Test
    void aTurnedDownProposalClearsTheReasonAndANewProposalChoosesAgain() {
        String id = caseInReview();
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, REASONS, "SURVIVOR_CHOSE_TO_END").then()
                .statusCode(200);
        casework.move("caseworker2", id, "REVIEW", "She wants to keep the ISVA sessions going", null).then()
                .statusCode(200);
        assertEquals(Arrays.asList((String) null), caseReason(id));
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, REASONS).then().statusCode(422);
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, REASONS, "SUPPORT_COMPLETED").then()
                .statusCode(200);
        casework.move("caseworker2", id, "CLOSED", null, null).then().statusCode(200);
        assertEquals(List.of("SUPPORT_COMPLETED"), stored("select closure_reason from case_status_change "
                + "where case_id = ? and to_status = 'CLOSED'", id));
    }

    @Test
    void aProposalSetAsideKeepsItsReasonWhenItComesBack() {
        String id = caseInReview();
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, REASONS, "MOVED_OUT_OF_AREA").then()
                .statusCode(200);
        casework.move("caseworker1", id, "ESCALATED", "Concern raised by the school", null).then().statusCode(200);
        casework.move("caseworker1", id, "CLOSURE_PROPOSED", null, null).then().statusCode(200);
        casework.move("caseworker2", id, "CLOSED", null, null).then().statusCode(200);
        assertEquals(List.of("MOVED_OUT_OF_AREA"), stored("select closure_reason from case_status_change "
                + "where case_id = ? and to_status = 'CLOSED'", id));
    }

    @Test
    void theMoveFormAsksWhyTheCaseWouldCloseAndWorksWithoutJavaScript() {
        String id = caseInReview();
        PageSession page = PageSession.signIn("caseworker1");
        String record = "/casework/cases/" + id;
        String move = record + "/transitions";
        page.get(record).then().statusCode(200).body(containsString("href=\"" + move + "\""));
        page.get(move).then().statusCode(200).body(containsString("name=\"closureReason\""))
                .body(containsString("value=\"TRANSFERRED_TO_ANOTHER_SERVICE\""))
                .body(containsString("Transferred to another service"));
        page.submit(move, move, Map.of("to", "CLOSURE_PROPOSED", "survivorReasons", REASONS))
                .then().statusCode(422).body(containsString("Choose why the case would close"));
        assertEquals(Arrays.asList((String) null), caseReason(id));
        page.submit(move, move, Map.of("to", "CLOSURE_PROPOSED", "survivorReasons", REASONS,
                "closureReason", "NOWHERE")).then().statusCode(400);
        page.submit(move, move, Map.of("to", "CLOSURE_PROPOSED", "survivorReasons", REASONS,
                "closureReason", "TRANSFERRED_TO_ANOTHER_SERVICE")).then().statusCode(303);
        assertEquals(List.of("TRANSFERRED_TO_ANOTHER_SERVICE"), caseReason(id));
        PageSession.signIn("caseworker2").get(record).then().statusCode(200)
                .body(containsString("id=\"closure-reason\">Reason for closing: Transferred to another service<"));
    }
}
