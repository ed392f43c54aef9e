package org.safeguarding.portal.casefile.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.ReceiptPageSession;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/**
 * The page of who read or changed the survivor's case, reached from the case, and its plain form (no script) that
 * turns a line into a complaint: for the signed-in owner and for a receipt-code session, each on its own case only.
 */
@QuarkusTest
class MyCaseAccessPagesTest {

    private static final Pattern ENTRY_FORM = Pattern.compile(
            "action=\"(/my/cases/[0-9a-f-]+/access/([0-9]+-[0-9]+)/complaints)\"");

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
    void theCaseLinksToTheListAndALineBecomesAComplaintTheHubSees() {
        String id = casework.newCase(Map.of());
        tokens.as("caseworker2").get("/api/v1/cases/" + id).then().statusCode(200);
        PageSession survivor = PageSession.signIn("survivor1");
        String page = "/my/cases/" + id + "/access";
        survivor.get("/my/cases/" + id).then().statusCode(200).body(containsString("href=\"" + page + "\""));

        Response list = survivor.get(page);
        list.then().statusCode(200).body(containsString("id=\"access-list\""))
                .body(containsString("A caseworker in the hub")).body(containsString("Read your case"))
                .body(containsString("Triage: deciding who should support you and how soon"))
                .body(not(containsString("Tom")));
        String action = formOfTheCaseworkersRead(list.asString());

        survivor.request().formParam("text", "Nobody told me").post(action).then().statusCode(403);
        assertEquals(0, Rows.audited(dataSource, id, "COMPLAIN"), "no complaint without the page's token");
        survivor.submit(page, action, Map.of("text", "")).then().statusCode(303)
                .header("Location", endsWith(page + "?questioned=true"));
        survivor.get(page + "?questioned=true").then().statusCode(200).body(containsString("id=\"questioned\""));
        assertEquals(List.of("VIEW_CASE HUB_CASEWORKER TRIAGE"), Rows.texts(dataSource, "select about_access_action "
                + "|| ' ' || about_access_who || ' ' || about_access_purpose from survivor_request where case_id = ?",
                UUID.fromString(id)));
        survivor.get("/my/cases/" + id).then().body(containsString("About this line of who read or changed your case"));

        PageSession hub = PageSession.signIn("caseworker1");
        hub.get("/casework/cases/" + id).then().statusCode(200)
                .body(containsString("About this line of the survivor&#39;s list"))
                .body(containsString("A caseworker in the hub"));
        hub.get(page).then().statusCode(403);
    }

    @Test
    void anotherSurvivorGetsNotFoundForThePageAndItsForm() {
        String id = casework.newCase(Map.of());
        tokens.as("caseworker2").get("/api/v1/cases/" + id).then().statusCode(200);
        String action = formOfTheCaseworkersRead(PageSession.signIn("survivor1").get("/my/cases/" + id + "/access")
                .asString());
        PageSession other = PageSession.signIn("survivor2");
        other.get("/my/cases/" + id + "/access").then().statusCode(404);
        other.submit("/my/tell-us/1", action, Map.of("text", "")).then().statusCode(404);
        assertEquals(0, Rows.audited(dataSource, id, "COMPLAIN"));
    }

    @Test
    void aReceiptCodeSessionSeesItsOwnCasesListOnly() {
        ReceiptPageSession session = new ReceiptPageSession();
        session.startAndConfirm();
        session.post("/my/tell-us/1", "account", "An account sent without an account").then().statusCode(303);
        session.post("/my/tell-us/5", "noContact", "true").then().statusCode(303);
        String location = session.post("/my/tell-us/send").header("Location");
        String casePath = location.replaceFirst("^https?://[^/]+", "").replace("?received=true", "");

        session.get(casePath).then().statusCode(200).body(containsString("href=\"" + casePath + "/access\""));
        session.get(casePath + "/access").then().statusCode(200)
                .body(containsString("You, or someone with your receipt code"));
        session.get("/my/cases/" + casework.newCase(Map.of()) + "/access").then().statusCode(404);
    }

    /** The complaint form's action on the line of caseworker2's triage read. */
    private static String formOfTheCaseworkersRead(String page) {
        int row = page.indexOf("data-who=\"HUB_CASEWORKER\"");
        Matcher form = ENTRY_FORM.matcher(page);
        if (row < 0 || !form.find(row)) {
            throw new AssertionError("no complaint form on the caseworker's line");
        }
        return form.group(1);
    }
}
