package org.safeguarding.portal.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;


/** Steps the casework tests share, through the real API with real tokens. */
public final class Casework {

    private final Tokens tokens;

    public Casework(Tokens tokens) {
        this.tokens = tokens;
        // Caseworkers become known colleagues when they first use the queue.
        tokens.as("caseworker1").get("/api/v1/cases").then().statusCode(200);
        tokens.as("caseworker2").get("/api/v1/cases").then().statusCode(200);
    }

    /** survivor1 submits an account; contact only through the portal; the consents given (purpose -> decision). */
    public String newCase(Map<String, String> consents) {
        return newCase(consents, false);
    }

    public String newCase(Map<String, String> consents, boolean riskNow) {
        Map<String, Object> body = new HashMap<>();
        body.put("account", "An account for casework tests");
        body.put("contactPlan", Map.of("channels", List.of("PORTAL")));
        body.put("consents", consents);
        body.put("currentRisk", riskNow);
        return tokens.as("survivor1").body(body).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    public void claim(String caseworker, String id) {
        tokens.as(caseworker).body("{}").post("/api/v1/cases/" + id + "/assignment").then().statusCode(200);
    }

    public Response screen(String caseworker, String id, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("subjectType", "ADULT_NON_RECENT", "immediateDanger", false,
                "risk", "LOW", "policeReferral", "SURVIVOR_DECLINED", "classification", "EXPLOITATION"));
        body.putAll(overrides);
        return tokens.as(caseworker).body(body).post("/api/v1/cases/" + id + "/screening");
    }

    public Response move(String caseworker, String id, String to, String reason, String survivorReasons) {
        return move(caseworker, id, to, reason, survivorReasons, null);
    }

    /** A move with why the case would close (proposing closure needs it). */
    public Response move(String caseworker, String id, String to, String reason, String survivorReasons,
            String closureReason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        body.put("reason", reason);
        body.put("survivorReasons", survivorReasons);
        body.put("closureReason", closureReason);
        return tokens.as(caseworker).body(body).post("/api/v1/cases/" + id + "/transitions");
    }

    /** Claimed by caseworker1, screened as given, and moved to ASSIGNED. */
    public String assignedCase(Map<String, String> consents, Map<String, Object> screening) {
        String id = newCase(consents);
        claim("caseworker1", id);
        move("caseworker1", id, "ACKNOWLEDGED", null, null).then().statusCode(200);
        move("caseworker1", id, "SCREENING", null, null).then().statusCode(200);
        screen("caseworker1", id, screening).then().statusCode(201);
        move("caseworker1", id, "ASSIGNED", null, null).then().statusCode(200);
        return id;
    }
}
