package org.safeguarding.portal.reporting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.portal.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Closing periods into stored, protected releases: the numbers, the quarter built from its frozen months, a late
 * record that changes nothing published, two closes at once, and the labelled annual re-base. Each test uses its own
 * year, which no other test touches.
 */
@QuarkusTest
class PeriodCloseTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    PeriodClose close;
    @Inject
    Catalogue catalogue;

    private Synthetic data;
    private Tokens tokens;

    @BeforeEach
    void setUp() {
        data = new Synthetic(dataSource);
        tokens = new Tokens(keycloakUrl);
    }

    private void survivors(int count, String prefix, String day, String subject, String age) throws Exception {
        for (int i = 0; i < count; i++) {
            data.survivor(prefix + "-" + UUID.randomUUID(), Instant.parse(day + "T10:00:00Z"), subject, age,
                    "SUBMITTED");
        }
    }

    private Response table(String period, String table) {
        return tokens.as("board1").get("/api/v1/reports/" + period + "/tables/" + table);
    }

    @Test
    void aMonthIsProtectedAndItsQuarterIsTheSumOfItsFrozenMonths() throws Exception {
        survivors(23, "q1", "2016-01-12", "SELF", "ADULT");
        survivors(14, "q1", "2016-01-20", "SOMEONE_ELSE", "AGE_13_15");
        survivors(3, "q1", "2016-01-21", "SELF", "UNDER_13");
        survivors(12, "q1", "2016-02-03", "SELF", "ADULT");
        survivors(31, "q1", "2016-03-30", "SOMEONE_ELSE", "ADULT");

        assertTrue(close.close(ReportPeriod.quarter(2016, 1), Instant.parse("2016-04-11T00:00:00Z")));

        // January: 26 told us themselves (23 + 3), 14 through someone else, 40 in all; none screened yet.
        table("2016-01", "referrals-received").then().statusCode(200)
                .body("period", equalTo("2016-01"))
                .body("rows.find { it.key == 'SELF' }.cells", equalTo(List.of(0, 0, 0, 25, 25)))
                .body("rows.find { it.key == 'SOMEONE_ELSE' }.cells", equalTo(List.of(0, 0, 0, 15, 15)))
                .body("rows.find { it.key == 'TOTAL' }.cells", equalTo(List.of(0, 0, 0, 40, 40)));
        // The three under 13 are a small count, so hidden, and so is another age band, or the total gives them away.
        table("2016-01", "age-band").then().statusCode(200)
                .body("rows.find { it.key == 'UNDER_13' }.cells", equalTo(List.of("[c]")))
                .body("rows.find { it.key == 'TOTAL' }.cells", equalTo(List.of(40)));
        // The quarter: 40 + 12 + 31 = 83 survivors, rounded to 85.
        table("2016-Q1", "referrals-received").then().statusCode(200)
                .body("rows.find { it.key == 'TOTAL' }.cells[4]", equalTo(85))
                .body("legend", hasItem(org.hamcrest.Matchers.containsString("[c]")));

        assertFalse(close.close(ReportPeriod.quarter(2016, 1), Instant.parse("2016-05-01T00:00:00Z")),
                "a closed period is not closed again");
    }

    @Test
    void aLateRecordLeavesThePublishedTableByteIdenticalUntilTheLabelledRebase() throws Exception {
        survivors(24, "late", "2017-02-07", "SELF", "ADULT");
        close.close(ReportPeriod.month(2017, 2), Instant.parse("2017-03-10T00:00:00Z"));
        byte[] json = table("2017-02", "referrals-received").then().statusCode(200).extract().asByteArray();
        byte[] csv = table("2017-02", "referrals-received.csv").then().statusCode(200).extract().asByteArray();

        survivors(4, "late", "2017-02-08", "SELF", "ADULT");
        assertFalse(close.close(ReportPeriod.month(2017, 2), Instant.parse("2017-04-01T00:00:00Z")));
        assertArrayEquals(json, table("2017-02", "referrals-received").then().extract().asByteArray());
        assertArrayEquals(csv, table("2017-02", "referrals-received.csv").then().extract().asByteArray());

        // The annual re-base takes the late four in (28 rounds to 30) and says it is a re-base.
        assertTrue(close.rebase(2017, Instant.parse("2018-06-01T00:00:00Z")));
        table("2017-02", "referrals-received").then().statusCode(200).body("release", equalTo(2))
                .body("releaseLabel", org.hamcrest.Matchers.startsWith("Annual re-base"))
                .body("rows.find { it.key == 'TOTAL' }.cells[4]", equalTo(30));
        assertFalse(close.rebase(2017, Instant.parse("2018-07-01T00:00:00Z")), "a year is re-based once");
    }

    @Test
    void twoClosesAtOnceMakeOneRelease() throws Exception {
        survivors(11, "race", "2018-05-15", "SELF", "ADULT");
        Instant asOf = Instant.parse("2018-06-10T00:00:00Z");
        var first = CompletableFuture.supplyAsync(() -> close.close(ReportPeriod.month(2018, 5), asOf));
        var second = CompletableFuture.supplyAsync(() -> close.close(ReportPeriod.month(2018, 5), asOf));
        assertEquals(1, List.of(first.join(), second.join()).stream().filter(b -> b).count());
        try (var c = dataSource.getConnection(); var q = c.createStatement();
                var r = q.executeQuery("select count(*) from report_table where period_id = '2018-05'")) {
            r.next();
            assertEquals(catalogue.tables().size(), r.getInt(1));
        }
    }

    @Test
    void survivorsWhoSaidNoToBeingCountedAreLeftOut() throws Exception {
        survivors(12, "consent", "2019-07-02", "SELF", "ADULT");
        UUID declined = data.survivor("consent-no", Instant.parse("2019-07-03T10:00:00Z"), "SELF", "ADULT",
                "SUBMITTED");
        UUID withdrew = data.survivor("consent-withdrew", Instant.parse("2019-07-03T10:00:00Z"), "SELF", "ADULT",
                "SUBMITTED");
        data.consent(declined, "STATISTICS", "NOT_NOW", Instant.parse("2019-07-03T10:00:00Z"));
        data.consent(withdrew, "STATISTICS", "GRANTED", Instant.parse("2019-07-03T10:00:00Z"));
        data.consent(withdrew, "STATISTICS", "NOT_NOW", Instant.parse("2019-07-20T10:00:00Z"));
        close.close(ReportPeriod.month(2019, 7), Instant.parse("2019-08-10T00:00:00Z"));
        // 12 counted (rounds to 10); 14 would have rounded to 15. Two left out is too few to say.
        table("2019-07", "referrals-received").then().statusCode(200)
                .body("rows.find { it.key == 'TOTAL' }.cells[4]", equalTo(10))
                .body("notes[0]", equalTo("Survivors who asked not to be counted are left out."));
    }
}
