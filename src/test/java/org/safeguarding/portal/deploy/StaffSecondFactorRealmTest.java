package org.safeguarding.portal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The production realm asks staff for a second factor and keeps a record of sign-ins and administration: the
 * browser flow makes every caseworker (a lead among them: the lead role is a composite of caseworker, RealmFilesTest)
 * and board member give a one-time code after their password (setting one up on
 * their first sign-in), asks a survivor for one only if they chose to set one up, and Keycloak keeps its login and
 * admin events for a year. The development realm keeps Keycloak's default flow, so its demo staff sign in with a
 * password alone, and says so. (The acceptance suite signs staff in with the code: ProductionJourneyIT.)
 */
class StaffSecondFactorRealmTest {

    private static final Path DEV_REALM = Path.of("keycloak-realm/portal-realm.json");
    private static final Path PRODUCTION_REALM = Path.of("keycloak-realm/production/portal-realm.json");
    private static final List<String> STAFF = List.of("caseworker", "board");
    private static final List<String> SECOND_FACTORS = List.of("auth-otp-form", "webauthn-authenticator",
            "auth-recovery-authn-code-form");
    private static final long NINETY_DAYS = 90L * 24 * 3600;

    private static JsonNode dev;
    private static JsonNode production;

    @BeforeAll
    static void readRealms() throws IOException {
        JsonMapper json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        dev = json.readTree(DEV_REALM.toFile());
        production = json.readTree(PRODUCTION_REALM.toFile());
    }

    @Test
    void everyMemberOfStaffGivesAOneTimeCodeAfterTheirPassword() {
        List<JsonNode> subflows = conditionalSubflowsOf(production, browserFlow(production));
        for (String role : STAFF) {
            boolean asked = subflows.stream().anyMatch(flow -> hasRoleCondition(production, flow, role, false)
                    && executions(flow).stream().anyMatch(e -> e.path("authenticator").asText().equals("auth-otp-form")
                            && e.path("requirement").asText().equals("REQUIRED")));
            assertTrue(asked, "a " + role + " must give a one-time code (a REQUIRED auth-otp-form under a condition on "
                    + "the role): REQUIRED also makes Keycloak ask them to set one up on their first sign-in");
        }
        assertTrue(executions(browserFlow(production)).stream().anyMatch(e -> e.path("requirement").asText()
                .equals("ALTERNATIVE") && !e.path("flowAlias").isMissingNode()),
                "the forms subflow is reached from the browser flow");
    }

    @Test
    void aSurvivorIsAskedForACodeOnlyIfTheyChoseToSetOneUp() {
        for (JsonNode flow : conditionalSubflowsOf(production, browserFlow(production))) {
            boolean secondFactor = executions(flow).stream().anyMatch(e -> SECOND_FACTORS.contains(
                    e.path("authenticator").asText()) && !e.path("requirement").asText().equals("DISABLED"));
            if (!secondFactor) {
                continue;
            }
            boolean staffOnly = STAFF.stream().anyMatch(role -> hasRoleCondition(production, flow, role, false));
            boolean configuredOnly = executions(flow).stream().anyMatch(e -> e.path("authenticator").asText()
                    .equals("conditional-user-configured"));
            assertTrue(staffOnly || configuredOnly, flow.path("alias").asText()
                    + " would ask someone for a second factor they never chose: it needs a staff role condition or "
                    + "conditional-user-configured");
            if (configuredOnly && !staffOnly) {
                // Staff answer their own subflow; without this they would be asked for their code twice.
                STAFF.forEach(role -> assertTrue(hasRoleCondition(production, flow, role, true),
                        flow.path("alias").asText() + " must leave out a " + role));
            }
        }
        production.path("requiredActions").forEach(action -> assertFalse(
                action.path("alias").asText().equals("CONFIGURE_TOTP") && action.path("defaultAction").asBoolean(),
                "CONFIGURE_TOTP as a default action would force a code on survivors too"));
    }

    @Test
    void theOneTimeCodeIsTheCommonTotpAndCannotBeUsedTwice() {
        assertEquals("totp", production.path("otpPolicyType").asText());
        assertEquals("HmacSHA1", production.path("otpPolicyAlgorithm").asText(), "what authenticator apps support");
        assertEquals(6, production.path("otpPolicyDigits").asInt());
        assertEquals(30, production.path("otpPolicyPeriod").asInt());
        assertTrue(production.path("otpPolicyLookAheadWindow").asInt(99) <= 1, "at most one step of clock drift");
        assertFalse(production.path("otpPolicyCodeReusable").asBoolean(true), "a code works once");
    }

    @Test
    void signInsAndAdministrationAreRecordedForAYear() {
        assertTrue(production.path("eventsEnabled").asBoolean(), "login events are stored");
        assertTrue(production.path("adminEventsEnabled").asBoolean(), "admin events are stored");
        assertTrue(production.path("eventsExpiration").asLong() >= NINETY_DAYS, "login events kept long enough to "
                + "look into an attack found late");
        assertTrue(Long.parseLong(production.path("attributes").path("adminEventsExpiration").asText("0"))
                >= NINETY_DAYS, "admin events kept as long");
        assertFalse(production.path("adminEventsDetailsEnabled").asBoolean(true),
                "admin event details would copy people's details (names, e-mail addresses) into the event store");
    }

    @Test
    void theDevelopmentRealmKeepsThePasswordAloneForItsDemoStaffAndSaysSo() {
        assertTrue(dev.path("authenticationFlows").isMissingNode(), "Keycloak's default flows");
        assertTrue(dev.path("attributes").path("portal.realm.second-factor").asText().contains("password alone"),
                "the development realm says its demo staff have no second factor");
    }

    // --- Reading the flows ---------------------------------------------------------------------------------------

    private static JsonNode browserFlow(JsonNode realm) {
        return flow(realm, realm.path("browserFlow").asText("browser"));
    }

    private static JsonNode flow(JsonNode realm, String alias) {
        for (JsonNode flow : realm.path("authenticationFlows")) {
            if (flow.path("alias").asText().equals(alias)) {
                return flow;
            }
        }
        throw new AssertionError("no flow " + alias);
    }

    private static List<JsonNode> executions(JsonNode flow) {
        List<JsonNode> all = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(all::add);
        return all;
    }

    /** Every subflow below {@code flow} that is entered under conditions (CONDITIONAL), at any depth. */
    private static List<JsonNode> conditionalSubflowsOf(JsonNode realm, JsonNode flow) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode execution : executions(flow)) {
            if (execution.path("flowAlias").isMissingNode() || execution.path("requirement").asText().equals("DISABLED")) {
                continue;
            }
            JsonNode subflow = flow(realm, execution.path("flowAlias").asText());
            if (execution.path("requirement").asText().equals("CONDITIONAL")) {
                found.add(subflow);
            }
            found.addAll(conditionalSubflowsOf(realm, subflow));
        }
        return found;
    }

    private static boolean hasRoleCondition(JsonNode realm, JsonNode flow, String role, boolean negated) {
        return executions(flow).stream().anyMatch(e -> {
            if (!e.path("authenticator").asText().equals("conditional-user-role")
                    || !e.path("requirement").asText().equals("REQUIRED")) {
                return false;
            }
            JsonNode config = config(realm, e.path("authenticatorConfig").asText());
            return config.path("condUserRole").asText().equals(role)
                    && config.path("negate").asText("false").equals(String.valueOf(negated));
        });
    }

    private static JsonNode config(JsonNode realm, String alias) {
        for (JsonNode config : realm.path("authenticatorConfig")) {
            if (config.path("alias").asText().equals(alias)) {
                return config.path("config");
            }
        }
        throw new AssertionError("no authenticator config " + alias);
    }
}
