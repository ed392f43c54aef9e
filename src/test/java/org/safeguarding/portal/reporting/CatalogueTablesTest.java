package org.safeguarding.portal.reporting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.safeguarding.portal.reporting.close.PeriodClose;
import org.safeguarding.portal.reporting.close.Synthetic;
import org.safeguarding.portal.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The catalogue's tables from known records in May 2022 (a month no other test uses): who came to us, what they told
 * us about themselves, where they live (with the ward breakdown only where every ward can be shown), closures by
 * reason, what screening found, the charter's promises, onward referrals and the median time to a named worker.
 */
@QuarkusTest
class CatalogueTablesTest {

    private static final String MAY = "2022-05";

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    PeriodClose close;

    private Synthetic data;

    private List<UUID> survivors(int count, String day, String sex, String ethnicity, String ward) throws Exception {
        List<UUID> cases = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(data.survivor("catalogue-" + UUID.randomUUID(), Instant.parse(day + "T10:00:00Z"), "SELF",
                    "AGE_16_17", "SUBMITTED", sex, ethnicity, ward));
        }
        return cases;
    }

    private ValidatableResponse table(String table) {
        return new Tokens(keycloakUrl).as("board1").get("/api/v1/reports/" + MAY + "/tables/" + table).then()
                .statusCode(200);
    }

    @Test
    void eachTableCountsWhatTheRecordsSayAndProtectsIt() throws Exception {
        data = new Synthetic(dataSource);
        // North: Abbey 12, Brookside 10 (every ward 0 or at least 10: the breakdown is shown).
        List<UUID> abbey = survivors(12, "2022-05-03", "FEMALE", "WHITE", "W01");
        survivors(10, "2022-05-04", "MALE", "ASIAN", "W02");
        // East: Eastgate 3, Fernley 11: a ward would show 3, so East is shown without its wards.
        survivors(3, "2022-05-05", "FEMALE", "BLACK", "W05");
        survivors(11, "2022-05-06", "FEMALE", null, "W06");
        survivors(10, "2022-05-07", "PREFER_NOT_TO_SAY", "PREFER_NOT_TO_SAY", "OUTSIDE_AREA");
        List<UUID> notSaid = survivors(14, "2022-05-08", null, null, "PREFER_NOT_TO_SAY");

        for (UUID id : abbey) {
            data.screening(id, Instant.parse("2022-05-10T10:00:00Z"), "CHILD_AT_RISK", "HIGH", "EXPLOITATION");
            data.statusChange(id, Instant.parse("2022-05-20T10:00:00Z"), "CLOSURE_PROPOSED", "CLOSED",
                    "SUPPORT_COMPLETED");
            data.promise(id, "C1", Instant.parse("2022-05-03T10:00:00Z"), Instant.parse("2022-05-04T23:00:00Z"),
                    "MET", Instant.parse("2022-05-04T09:00:00Z"));
            data.promise(id, "C2", Instant.parse("2022-05-03T10:00:00Z"), Instant.parse("2022-05-05T23:00:00Z"),
                    "MET", Instant.parse("2022-05-05T09:00:00Z"));
            data.onwardReferral(id, "ISVA", Instant.parse("2022-05-11T10:00:00Z"), "ACCEPTED");
        }
        for (UUID id : notSaid) {
            data.screening(id, Instant.parse("2022-05-12T10:00:00Z"), "ADULT_NON_RECENT", "LOW",
                    "NO_HARM_IDENTIFIED");
        }

        close.close(ReportPeriod.month(2022, 5), Instant.parse("2022-06-15T00:00:00Z"));

        // 60 survivors: 26 said female (25), 10 male (10), 24 not said (25).
        table("sex").body("rows.find { it.key == 'FEMALE' }.cells", equalTo(List.of(25)))
                .body("rows.find { it.key == 'MALE' }.cells", equalTo(List.of(10)))
                .body("rows.find { it.key == 'TOTAL' }.cells", equalTo(List.of(60)));
        // Black is 3: hidden, with at least one more group so the total does not give it away.
        table("ethnicity").body("rows.find { it.key == 'BLACK' }.cells", equalTo(List.of("[c]")))
                .body("rows.find { it.key == 'WHITE' }.cells", equalTo(List.of(10)));
        table("area")
                .body("rows.find { it.key == 'L01' }.cells", equalTo(List.of(20)))
                .body("rows.find { it.key == 'W01' }.label", equalTo("North: Abbey"))
                .body("rows.find { it.key == 'W01' }.cells", equalTo(List.of(10)))
                .body("rows.find { it.key == 'W02' }.cells", equalTo(List.of(10)))
                .body("rows.find { it.key == 'L02' }.cells", equalTo(List.of(15)))
                .body("rows.key", not(hasItem("W05")))
                .body("rows.key", not(hasItem("W06")))
                .body("notes", hasItem(org.hamcrest.Matchers.endsWith("East.")));
        table("closures-by-reason").body("rows.find { it.key == 'SUPPORT_COMPLETED' }.cells", equalTo(List.of(10)));
        // 12 screened as exploitation, 14 classified as no harm: 15 of 25, 60%, moved away.
        table("classification-at-screening").body("rows[0].cells", equalTo(List.of(10, 0, 0, 15, 25, 60)));
        table("charter-on-time").body("rows.find { it.key == 'C1' }.cells", equalTo(List.of(10, 0, 0, 0, 10, 100)));
        table("onward-referrals").body("rows.find { it.key == 'ISVA' }.cells", equalTo(List.of(10, 0, 0, 0, 10, 100)));
        // Twelve named workers, each two working days after the account (Tuesday to Thursday): median 2.
        table("time-to-named-worker").body("rows[0].cells", equalTo(List.of(10, 2)));
        table("children-by-risk").body("rows.find { it.key == 'HIGH' }.cells", equalTo(List.of(10)));
    }
}
