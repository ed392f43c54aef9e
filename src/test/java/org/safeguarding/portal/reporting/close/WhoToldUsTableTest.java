package org.safeguarding.portal.reporting.close;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.reporting.ReportPeriod;
import org.safeguarding.portal.testing.Tokens;

/**
 * Issue 17: the board's count of referrals by who told us, under the same disclosure rules as every table (small
 * numbers hidden, counts rounded to 5). Uses the year 2011, which no other test touches.
 */
@QuarkusTest
class WhoToldUsTableTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    PeriodClose close;

    private Synthetic data;
    private Tokens tokens;

    @BeforeEach
    void setUp() {
        data = new Synthetic(dataSource);
        tokens = new Tokens(keycloakUrl);
    }

    private void survivors(int count, String toldBy) throws Exception {
        survivors(count, toldBy, toldBy == null || !toldBy.equals("SURVIVOR") ? "SOMEONE_ELSE" : "SELF", "2011-03-15");
    }

    private void survivors(int count, String toldBy, String subject, String day) throws Exception {
        for (int i = 0; i < count; i++) {
            UUID caseId = data.survivor("told-" + UUID.randomUUID(), Instant.parse(day + "T10:00:00Z"), subject,
                    "ADULT", "SUBMITTED");
            try (Connection c = dataSource.getConnection();
                    PreparedStatement q = c.prepareStatement("update referral set told_by = ? where case_id = ?")) {
                q.setString(1, toldBy);
                q.setObject(2, caseId);
                q.executeUpdate();
            }
        }
    }

    @Test
    void referralsAreCountedByWhoToldUsWithSmallNumbersHiddenAndCountsRounded() throws Exception {
        survivors(12, "SURVIVOR");
        survivors(11, "POLICE");
        survivors(3, "SCHOOL");
        survivors(10, null);

        close.close(ReportPeriod.month(2011, 3), Instant.parse("2011-04-10T00:00:00Z"));

        tokens.as("board1").get("/api/v1/reports/2011-03/tables/referrals-by-who-told-us").then().statusCode(200)
                .body("rows.key", hasItem("CHILDRENS_SOCIAL_CARE"))
                .body("rows.find { it.key == 'SURVIVOR' }.cells", equalTo(List.of(10)))
                .body("rows.find { it.key == 'SCHOOL' }.cells", equalTo(List.of("[c]")))
                .body("rows.find { it.key == 'FAMILY_OR_FRIEND' }.cells", equalTo(List.of(0)))
                .body("rows.find { it.key == 'TOTAL' }.cells", equalTo(List.of(35)))
                .body("rows.cells.flatten()", not(hasItem(3)))
                .body("rows.cells.flatten()", not(hasItem(11)));
        // One total of survivors wherever it appears (Catalogue.linksWithin).
        tokens.as("board1").get("/api/v1/reports/2011-03/tables/referrals-received").then().statusCode(200)
                .body("rows.find { it.key == 'TOTAL' }.cells[4]", equalTo(35));
    }

    /**
     * "The survivor themselves" is the same survivors in both tables (an account about its sender, told_by said or
     * not), so the two cells are one in the verified suppression: never a number in one table and hidden in the
     * other, which would give away what was hidden (here the school's 3 is the total less the police's 20 and the survivors' own 10).
     */
    @Test
    void theSurvivorsOwnAccountsAreOneCellInBothTables() throws Exception {
        survivors(8, "SURVIVOR", "SELF", "2011-05-16");
        survivors(2, null, "SELF", "2011-05-16");
        survivors(20, "POLICE", "SOMEONE_ELSE", "2011-05-16");
        survivors(3, "SCHOOL", "SOMEONE_ELSE", "2011-05-16");

        close.close(ReportPeriod.month(2011, 5), Instant.parse("2011-06-10T00:00:00Z"));

        Object ownAccounts = tokens.as("board1").get("/api/v1/reports/2011-05/tables/referrals-by-who-told-us")
                .then().statusCode(200).body("rows.find { it.key == 'SCHOOL' }.cells", equalTo(List.of("[c]")))
                .extract().path("rows.find { it.key == 'SURVIVOR' }.cells[0]");
        tokens.as("board1").get("/api/v1/reports/2011-05/tables/referrals-received").then().statusCode(200)
                .body("rows.find { it.key == 'SELF' }.cells[4]", equalTo(ownAccounts));
    }
}
