package org.safeguarding.portal.reporting.close;

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
import org.safeguarding.portal.reporting.Catalogue;
import org.safeguarding.portal.reporting.ReportPeriod;
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

    /**
     * A survivor counts once a year, in the month of their first referral, closure, screening, named worker or
     * referral to a partner of that year; the same in the year before does not stop them counting in January's year.
     * And whether they may be counted is their latest answer as the close knows it. 2015's first quarter, closed at
     * once (three months in one transaction).
     */
    @Test
    void aSurvivorCountsInTheMonthOfTheirFirstOfTheYearAndByTheirLatestAnswer() throws Exception {
        // Twelve came in January 2015 and came back in March, with everything again: they count in January only.
        for (int i = 0; i < 12; i++) {
            String owner = "first-jan-" + UUID.randomUUID();
            everything(data.survivor(owner, at("2015-01-15"), "SELF", "ADULT", "CLOSED"), "2015-01-15", "2015-01-25");
            everything(data.survivor(owner, at("2015-03-10"), "SELF", "ADULT", "CLOSED"), "2015-03-10", "2015-03-20");
        }
        // Eleven came in December 2014 and again in March 2015: March is their first of 2015, a re-referral.
        for (int i = 0; i < 11; i++) {
            String owner = "first-dec-" + UUID.randomUUID();
            everything(data.survivor(owner, at("2014-12-05"), "SELF", "ADULT", "CLOSED"), "2014-12-05", "2014-12-15");
            everything(data.survivor(owner, at("2015-03-12"), "SELF", "ADULT", "CLOSED"), "2015-03-12", "2015-03-22");
        }
        // Ten new in March; ten who said no, then yes; ten who said no only after the close's time: all counted.
        for (int i = 0; i < 10; i++) {
            everything(data.survivor("first-new-" + UUID.randomUUID(), at("2015-03-14"), "SELF", "ADULT", "CLOSED"),
                    "2015-03-14", "2015-03-24");
            UUID yesLater = data.survivor("first-yes-later-" + UUID.randomUUID(), at("2015-03-15"), "SELF", "ADULT",
                    "SUBMITTED");
            data.consent(yesLater, "STATISTICS", "NOT_NOW", at("2015-03-15"));
            data.consent(yesLater, "STATISTICS", "GRANTED", at("2015-03-25"));
            UUID noAfter = data.survivor("first-no-after-" + UUID.randomUUID(), at("2015-03-16"), "SELF", "ADULT",
                    "SUBMITTED");
            data.consent(noAfter, "STATISTICS", "GRANTED", at("2015-03-16"));
            data.consent(noAfter, "STATISTICS", "NOT_NOW", at("2015-05-01"));
        }

        assertTrue(close.close(ReportPeriod.quarter(2015, 1), Instant.parse("2015-04-11T00:00:00Z")));

        // January: the twelve (rounded to 10) in every table.
        table("2015-01", "referrals-received").then().body("rows.find { it.key == 'TOTAL' }.cells[4]", equalTo(10));
        table("2015-01", "closures-by-reason").then().body("rows.find { it.key == 'TOTAL' }.cells", equalTo(List.of(10)));
        // March: 11 + 10 + 10 + 10 = 41 newcomers (40); with the January twelve again it would be 53 (55), and
        // without either group of answers 31 (30).
        table("2015-03", "referrals-received").then().body("rows.find { it.key == 'TOTAL' }.cells[4]", equalTo(40));
        // The eleven from December are back within 12 months; the other 30 are not.
        table("2015-03", "re-referrals").then().body("rows[0].cells[0]", equalTo(10))
                .body("rows[0].cells[1]", equalTo(30));
        // Closed, screened, given a named worker, referred to an ISVA in March for the first time in 2015: the
        // eleven from December and the ten new, 21 (20); the January twelve again would make 33 (35), and the
        // December ones left out as if 2014 were this year 10 (10).
        table("2015-03", "closures-by-reason").then().body("rows.find { it.key == 'TOTAL' }.cells", equalTo(List.of(20)));
        table("2015-03", "classification-at-screening").then().body("rows[0].cells[4]", equalTo(20));
        table("2015-03", "time-to-named-worker").then().body("rows[0].cells[0]", equalTo(20));
        table("2015-03", "onward-referrals").then().body("rows.find { it.key == 'ISVA' }.cells[4]", equalTo(20));
        // February had no one.
        table("2015-02", "referrals-received").then().body("rows.find { it.key == 'TOTAL' }.cells[4]", equalTo(0));
    }

    /**
     * A case the survivor withdrew is not an open case: withdrawn within the month, it is not counted open at the
     * month's end (and the table has no withdrawn row); withdrawn after the end, it counts by where it stood then.
     */
    @Test
    void aCaseWithdrawnBeforeTheMonthsEndIsNotOpenAtIt() throws Exception {
        for (int i = 0; i < 20; i++) {
            UUID withdrawn = data.survivor("withdrawn-" + UUID.randomUUID(), at("2013-06-05"), "SELF", "ADULT",
                    "WITHDRAWN");
            data.statusChange(withdrawn, at("2013-06-10"), "SUBMITTED", "WITHDRAWN", null);
        }
        for (int i = 0; i < 15; i++) {
            UUID later = data.survivor("withdrawn-later-" + UUID.randomUUID(), at("2013-06-05"), "SELF", "ADULT",
                    "WITHDRAWN");
            data.statusChange(later, at("2013-07-10"), "SUBMITTED", "WITHDRAWN", null);
        }
        for (int i = 0; i < 10; i++) {
            UUID active = data.survivor("active-" + UUID.randomUUID(), at("2013-06-05"), "SELF", "ADULT", "ACTIVE");
            data.statusChange(active, at("2013-06-07"), "SUBMITTED", "ACTIVE", null);
        }

        assertTrue(close.close(ReportPeriod.month(2013, 6), Instant.parse("2013-07-20T00:00:00Z")));

        table("2013-06", "open-cases-by-status").then().statusCode(200)
                .body("rows.find { it.key == 'SUBMITTED' }.cells", equalTo(List.of(15)))
                .body("rows.find { it.key == 'ACTIVE' }.cells", equalTo(List.of(10)))
                .body("rows.find { it.key == 'WITHDRAWN' }", org.hamcrest.Matchers.nullValue())
                .body("rows.find { it.key == 'TOTAL' }.cells", equalTo(List.of(25)));
    }

    /** A case's screening, named worker, referral to an ISVA, and its closure on {@code closed}. */
    private void everything(UUID caseId, String day, String closed) throws Exception {
        data.screening(caseId, at(day), "ADULT_NON_RECENT", "LOW", "EXPLOITATION");
        data.promise(caseId, "C2", at(day), at(day).plus(java.time.Duration.ofDays(3)), "MET",
                at(day).plus(java.time.Duration.ofDays(1)));
        data.onwardReferral(caseId, "ISVA", at(day), "ACCEPTED");
        data.statusChange(caseId, at(closed), "CLOSURE_PROPOSED", "CLOSED", "SUPPORT_COMPLETED");
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }
}
