package org.safeguarding.portal.intake.hub;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Rows;

/**
 * The caseworker's "record a referral" page: linked from the queue, one plain form, its idempotency key making a
 * double click one referral, its errors in the house's pattern, and the record saying who recorded it.
 */
@QuarkusTest
class HubReferralPagesTest {

    @Inject
    DataSource dataSource;

    private static Response post(PageSession session, String key, String... fieldsAndValues) {
        var request = session.request().header("Sec-Fetch-Site", "same-origin")
                .formParam("csrf", session.csrfTokenFrom("/casework/referrals/new")).formParam("key", key);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request.formParam(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return request.post("/casework/referrals/new");
    }

    private static String[] phoneCallTwoHoursAgo(String account) {
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Europe/London")).minusHours(2);
        return new String[] { "channel", "PHONE", "receivedAt-day", String.valueOf(at.getDayOfMonth()),
            "receivedAt-month", String.valueOf(at.getMonthValue()), "receivedAt-year", String.valueOf(at.getYear()),
            "time", at.format(DateTimeFormatter.ofPattern("HH:mm")), "toldBy", "POLICE", "name", "PC Rowe",
            "organisation", "Police", "survivorAgeBand", "AGE_16_17", "account", account, "channels", "PHONE",
            "phone", "07700900789" };
    }

    @Test
    void theQueueLinksToTheFormAndOnlyCaseworkersHaveIt() {
        PageSession caseworker = PageSession.signIn("caseworker1");
        caseworker.get("/casework").then().statusCode(200).body(containsString("href=\"/casework/referrals/new\""));
        caseworker.get("/casework/referrals/new").then().statusCode(200).body(containsString("name=\"key\""))
                .body(containsString("value=\"IN_PERSON\"")).body(containsString("id=\"receivedAt-day\""));
        PageSession.signIn("survivor1").get("/casework/referrals/new").then().statusCode(403);
    }

    @Test
    void aPhoneReferralIsRecordedOnceAndTheRecordSaysWhoRecordedIt() {
        PageSession caseworker = PageSession.signIn("caseworker1");
        String key = UUID.randomUUID().toString();
        long before = Rows.count(dataSource, "select count(*) from referral");
        String account = "Officer rang about a 16-year-old " + UUID.randomUUID();
        Response first = post(caseworker, key, phoneCallTwoHoursAgo(account));
        first.then().statusCode(303).header("Location", containsString("/casework/cases/"));
        post(caseworker, key, phoneCallTwoHoursAgo(account)).then().statusCode(303)
                .header("Location", first.getHeader("Location"));
        assertEquals(before + 1, Rows.count(dataSource, "select count(*) from referral"), "a double click: one");

        String caseId = first.getHeader("Location").replaceAll(".*/casework/cases/([0-9a-f-]{36}).*", "$1");
        assertEquals(List.of("PHONE POLICE"), Rows.texts(dataSource,
                "select channel || ' ' || told_by from referral where case_id = ?::uuid", caseId));
        assertTrue(Rows.texts(dataSource, "select owner_subject from survivor_case where id = ?::uuid", caseId).get(0)
                .startsWith("awaiting-survivor:"));
        caseworker.get("/casework/cases/" + caseId).then().statusCode(200)
                .body(containsString("id=\"recorded-by\"")).body(containsString("Recorded by"))
                .body(containsString("Phone call, received"));
    }

    @Test
    void aFutureTimeOrNoChannelIsShownAgainAs422WithTheErrorSummaryAndNothingStored() {
        PageSession caseworker = PageSession.signIn("caseworker1");
        long before = Rows.count(dataSource, "select count(*) from referral");
        LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(1);
        post(caseworker, UUID.randomUUID().toString(), "channel", "LETTER", "receivedAt-day",
                String.valueOf(tomorrow.getDayOfMonth()), "receivedAt-month", String.valueOf(tomorrow.getMonthValue()),
                "receivedAt-year", String.valueOf(tomorrow.getYear()), "time", "09:00", "toldBy", "SURVIVOR",
                "account", "Typed ahead", "noContact", "true").then().statusCode(422)
                .body(containsString("id=\"error-summary\"")).body(containsString("cannot be in the future"))
                .body(containsString("Typed ahead"));
        post(caseworker, UUID.randomUUID().toString(), "receivedAt-day", "31", "receivedAt-month", "2",
                "receivedAt-year", "2026", "time", "9", "account", "No channel").then().statusCode(422)
                .body(containsString("Say how the referral reached us"))
                .body(containsString("Enter the date and time")).body(containsString("Say who is telling us"));
        assertEquals(before, Rows.count(dataSource, "select count(*) from referral"));
    }
}
