package org.safeguarding.portal.security.badinput;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.PageSession;
import org.safeguarding.portal.testing.Tokens;

/**
 * Sets the scene through the real service and the real Keycloak: two survivors of the suite's own, each with a case;
 * an anonymous case with a receipt session; a note, a request and a promise to point at; page sessions for each role;
 * and the real tokens the service must refuse.
 */
final class Cast {

    static final String SURVIVOR = "bad-input-survivor";
    static final String OTHER_SURVIVOR = "bad-input-other-survivor";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");
    private static final String PLAN = "{\"account\":\"An account for the bad-input suite\","
            + "\"contactPlan\":{\"channels\":[\"PORTAL\"]}}";

    final Actors actors = new Actors();
    /** The erasure request the lead's page session takes its form token from. */
    private String leadsErasureRequest;
    final AccessAttacks.Tokens refusedTokens;
    private final String expiredToken;

    private Cast(String keycloakUrl) {
        KeycloakAdmin admin = new KeycloakAdmin(keycloakUrl);
        admin.ensureSurvivor(SURVIVOR);
        admin.ensureSurvivor(OTHER_SURVIVOR);
        admin.ensureClient("bad-input-short-lived", true, 1);
        admin.ensureClient("bad-input-not-for-the-api", false, null);
        expiredToken = admin.portalToken("bad-input-short-lived", SURVIVOR);
        Tokens tokens = new Tokens(keycloakUrl);
        String survivor = tokens.forUser(SURVIVOR);
        String other = tokens.forUser(OTHER_SURVIVOR);
        String caseworker = tokens.forUser("caseworker1");
        String board = tokens.forUser("board1");
        String lead = tokens.forUser("lead1");
        refusedTokens = new AccessAttacks.Tokens(expiredToken, admin.masterRealmToken(),
                admin.portalToken("bad-input-not-for-the-api", SURVIVOR), survivor);

        String ownCase = submit(survivor);
        String othersCase = submit(other);
        Response anonymous = given().header("X-Forwarded-For", "10.78.0.1").contentType(ContentType.JSON).body(PLAN)
                .post("/api/v1/anonymous/referrals").then().statusCode(201).extract().response();
        String receiptCase = anonymous.path("id");
        String receiptToken = given().header("X-Forwarded-For", "10.78.0.2").contentType(ContentType.JSON)
                .body(Map.of("receiptCode", anonymous.path("receiptCode"))).post("/api/v1/anonymous/sessions")
                .then().statusCode(201).extract().path("token");

        // Caseworkers become known colleagues when they first use the queue.
        given().auth().oauth2(caseworker).get("/api/v1/cases").then().statusCode(200);
        given().auth().oauth2(lead).get("/api/v1/cases").then().statusCode(200);
        actors.api(Role.SURVIVOR, () -> "Bearer " + tokens.forUser(SURVIVOR))
                .api(Role.CASEWORKER, () -> "Bearer " + tokens.forUser("caseworker1"))
                .api(Role.BOARD, () -> "Bearer " + tokens.forUser("board1"))
                .api(Role.LEAD, () -> "Bearer " + tokens.forUser("lead1"))
                .api(Role.RECEIPT, () -> "Receipt " + receiptToken);
        actors.id(Role.SURVIVOR, "id", ownCase).id(Role.RECEIPT, "id", receiptCase)
                .id(Role.CASEWORKER, "id", othersCase).id(Role.BOARD, "id", othersCase).id(Role.NONE, "id", othersCase)
                .othersId(Role.SURVIVOR, "id", othersCase).othersId(Role.RECEIPT, "id", ownCase);
        String ownPromise = firstPromise("Bearer " + survivor, ownCase);
        String othersPromise = firstPromise("Bearer " + other, othersCase);
        String receiptPromise = firstPromise("Receipt " + receiptToken, receiptCase);
        if (ownPromise != null && othersPromise != null && receiptPromise != null) {
            actors.id(Role.SURVIVOR, "commitmentId", ownPromise).othersId(Role.SURVIVOR, "commitmentId", othersPromise)
                    .id(Role.RECEIPT, "commitmentId", receiptPromise).othersId(Role.RECEIPT, "commitmentId",
                            ownPromise);
        }
        String note = given().auth().oauth2(caseworker).contentType(ContentType.JSON)
                .body("{\"text\":\"A note from the bad-input suite\"}").post("/api/v1/cases/" + othersCase + "/notes")
                .then().statusCode(201).extract().path("id");
        actors.id(Role.CASEWORKER, "noteId", note);
        String request = given().auth().oauth2(other).post("/api/v1/me/cases/" + othersCase + "/records-requests")
                .then().statusCode(201).extract().path("id");
        actors.id(Role.CASEWORKER, "requestId", request);
        // The lead's requests are erasure requests: one the other survivor made, to read and decide.
        String erasure = given().auth().oauth2(other).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/me/cases/" + othersCase + "/erasure-requests").then().statusCode(201).extract()
                .path("id");
        actors.id(Role.LEAD, "requestId", erasure);
        leadsErasureRequest = erasure;
        reportIds(board);
        pageSessions(receiptToken, ownCase, othersCase, receiptCase);
    }

    /** Whose account the closing operations close: never {@link #SURVIVOR}, which every other operation uses. */
    static final String CLOSING_SURVIVOR = "bad-input-closing-survivor";

    /**
     * From here on, the survivor's API token and page session are those of a survivor made for closing (fresh, so no
     * token of theirs is renewed while their account is closed under them). Only the closing operations come after.
     */
    void closeAsASurvivorOfTheirOwn(String keycloakUrl) {
        new KeycloakAdmin(keycloakUrl).ensureSurvivor(CLOSING_SURVIVOR);
        String token = new Tokens(keycloakUrl).forUser(CLOSING_SURVIVOR);
        actors.api(Role.SURVIVOR, () -> "Bearer " + token);
        PageSession closing = PageSession.signIn(CLOSING_SURVIVOR);
        actors.page(Role.SURVIVOR, closing.cookieHeader(), csrfOn(closing.cookieHeader(), "/my/cases",
                "/my/account/closure"));
    }

    static Cast assemble(String keycloakUrl) {
        return new Cast(keycloakUrl);
    }

    /**
     * The short-lived client's token lives one second; the suite sends it long after. Should it ever still be valid
     * (a run that got there within the second), this waits out the rest of it instead of sending a valid token.
     */
    void awaitExpiry() throws InterruptedException {
        String payload = new String(Base64.getUrlDecoder().decode(expiredToken.split("\\.")[1]),
                StandardCharsets.UTF_8);
        Matcher exp = Pattern.compile("\"exp\":(\\d+)").matcher(payload);
        if (exp.find()) {
            long wait = Long.parseLong(exp.group(1)) * 1000 + 1000 - Instant.now().toEpochMilli();
            if (wait > 0) {
                Thread.sleep(wait);
            }
        }
    }

    private static String submit(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(PLAN).post("/api/v1/referrals").then()
                .statusCode(201).extract().path("id");
    }

    /** The first promise of a case, as its owner sees it, or null. */
    private static String firstPromise(String authorization, String caseId) {
        return given().header("Authorization", authorization).get("/api/v1/me/cases/" + caseId).then()
                .statusCode(200).extract().path("commitments[0].id");
    }

    /** A period and a table of the board's reports, when one has been published in this run. */
    private void reportIds(String board) {
        List<String> periods = given().auth().oauth2(board).get("/api/v1/reports/periods").then().statusCode(200)
                .extract().path("id");
        if (periods == null || periods.isEmpty()) {
            return;
        }
        actors.id(Role.NONE, "period", periods.get(0));
        List<String> tables = given().auth().oauth2(board).get("/api/v1/reports/" + periods.get(0) + "/tables")
                .then().extract().path("table");
        if (tables != null && !tables.isEmpty()) {
            actors.id(Role.NONE, "table", tables.get(0));
        }
    }

    /** A page session for each role, with the form token its pages embed (none for the board, whose pages have no form). */
    private void pageSessions(String receiptToken, String ownCase, String othersCase, String receiptCase) {
        PageSession survivor = PageSession.signIn(SURVIVOR);
        actors.page(Role.SURVIVOR, survivor.cookieHeader(), csrfOn(survivor.cookieHeader(), "/my/cases/" + ownCase,
                "/my/tell-us/1"));
        PageSession caseworker = PageSession.signIn("caseworker1");
        actors.page(Role.CASEWORKER, caseworker.cookieHeader(), csrfOn(caseworker.cookieHeader(),
                "/casework/cases/" + othersCase, "/casework/cases/" + othersCase + "/claim", "/casework"));
        PageSession lead = PageSession.signIn("lead1");
        actors.page(Role.LEAD, lead.cookieHeader(), csrfOn(lead.cookieHeader(), "/records/holds",
                "/casework/erasure-requests/" + leadsErasureRequest));
        PageSession board = PageSession.signIn("board1");
        actors.page(Role.BOARD, board.cookieHeader(), csrfOn(board.cookieHeader(), "/board", "/home"));
        String receipt = "portal_receipt=" + receiptToken;
        actors.page(Role.RECEIPT, receipt, csrfOn(receipt, "/my/cases/" + receiptCase, "/my/tell-us/1"));
        Response start = given().redirects().follow(false).get("/receipt/start");
        String preSession = start.getCookies().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        actors.page(Role.NONE, preSession, csrfFrom(start.asString()));
        for (Role role : List.of(Role.SURVIVOR, Role.RECEIPT, Role.CASEWORKER, Role.LEAD, Role.NONE)) {
            if (actors.csrf(role) == null) {
                throw new AssertionError("no form token for the " + role + " page session: its form posts would all "
                        + "be refused by the CSRF check, and the suite would prove nothing past it");
            }
        }
    }

    /** The form token the first of these pages that has a form embeds, or null. */
    private static String csrfOn(String cookies, String... pages) {
        for (String page : pages) {
            String token = csrfFrom(given().redirects().follow(false).header("Cookie", cookies).get(page).asString());
            if (token != null) {
                return token;
            }
        }
        return null;
    }

    private static String csrfFrom(String html) {
        Matcher token = CSRF_FIELD.matcher(html);
        return token.find() ? token.group(1) : null;
    }
}
