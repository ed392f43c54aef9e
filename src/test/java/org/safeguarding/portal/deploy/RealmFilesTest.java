package org.safeguarding.portal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Keycloak realm files are the identity contract of api.md. The development realm carries demo users and a
 * password-grant client; the production template must not, and must keep exactly the same session, token and
 * brute-force settings, so a change to one file that is not made to the other fails here.
 * Paths are relative to the repository root, where Maven runs the tests.
 */
class RealmFilesTest {

    private static final Path DEV_REALM = Path.of("keycloak-realm/portal-realm.json");
    private static final Path PRODUCTION_REALM = Path.of("keycloak-realm/production/portal-realm.json");

    private static final Set<String> ROLES = Set.of("survivor", "caseworker", "board", "lead");
    private static final Map<String, String> DEMO_USERS = Map.of(
            "survivor1", "survivor",
            "survivor2", "survivor",
            "caseworker1", "caseworker",
            "caseworker2", "caseworker",
            "board1", "board",
            "lead1", "lead");

    /** Settings where the two realms must agree: lifetimes of sensitive sessions, brute force, account rules. */
    private static final List<String> SHARED_SETTINGS = List.of(
            "realm", "enabled",
            "accessTokenLifespan", "accessTokenLifespanForImplicitFlow", "ssoSessionIdleTimeout",
            "ssoSessionMaxLifespan", "clientSessionIdleTimeout", "revokeRefreshToken", "refreshTokenMaxReuse",
            "accessCodeLifespan", "accessCodeLifespanLogin", "actionTokenGeneratedByUserLifespan",
            "bruteForceProtected", "permanentLockout", "failureFactor", "waitIncrementSeconds",
            "maxFailureWaitSeconds", "quickLoginCheckMilliSeconds", "minimumQuickLoginWaitSeconds",
            "maxDeltaTimeSeconds",
            "registrationAllowed", "resetPasswordAllowed", "rememberMe", "loginWithEmailAllowed",
            "duplicateEmailsAllowed", "editUsernameAllowed");

    private static final String ENV_PLACEHOLDER = "\\$\\{[A-Z_][A-Z0-9_]*}";

    private static JsonNode dev;
    private static JsonNode production;

    @BeforeAll
    static void readRealms() throws IOException {
        // A key given twice would let the file say one thing to a reader and another to the parser.
        ObjectMapper json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        dev = json.readTree(DEV_REALM.toFile());
        production = json.readTree(PRODUCTION_REALM.toFile());
    }

    // --- Development realm ---------------------------------------------------------------------------------------

    @Test
    void devRealmIsCalledPortalAndDefinesTheFourRoles() {
        assertEquals("portal", dev.path("realm").asText());
        assertEquals(ROLES, realmRoles(dev));
    }

    @Test
    void devRealmPortalWebIsConfidentialWithPkceS256AndStandardFlowOnly() {
        assertPortalWebIsConfidentialCodeFlowOnly(dev);
    }

    /**
     * The compose trial (docker-compose.trial.yml) runs the portal in the prod profile, which refuses the public
     * development secret: so the development realm takes portal-web's secret from PORTAL_WEB_CLIENT_SECRET when it is
     * set, and is the public development value of application.properties otherwise (the tests and ./run-local).
     */
    @Test
    void devRealmPortalWebSecretIsTheEnvironmentsOrElseThePublicDevelopmentValue() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        assertEquals("${PORTAL_WEB_CLIENT_SECRET:"
                + properties.getProperty("portal.identity.insecure-dev-web-client-secret") + "}",
                client(dev, "portal-web").path("secret").asText());
    }

    @Test
    void devRealmPortalCliIsPublicWithDirectAccessGrantsOnly() {
        JsonNode cli = client(dev, "portal-cli");
        assertTrue(cli.path("publicClient").asBoolean(), "portal-cli is public");
        assertTrue(cli.path("directAccessGrantsEnabled").asBoolean(), "portal-cli has direct access grants");
        assertFalse(cli.path("standardFlowEnabled").asBoolean(true), "portal-cli has no browser flow");
        assertFalse(cli.path("implicitFlowEnabled").asBoolean(true), "portal-cli has no implicit flow");
        assertAddsPortalApiAudience(cli);
    }

    @Test
    void devRealmGivesEachDemoUserExactlyTheirOneRole() {
        List<String> usernames = new ArrayList<>();
        dev.path("users").forEach(user -> {
            if (user.has("serviceAccountClientId")) {
                return; // portal-accounts' service account: checked on its own below
            }
            String username = user.path("username").asText();
            usernames.add(username);
            List<String> roles = new ArrayList<>();
            user.path("realmRoles").forEach(role -> roles.add(role.asText()));
            // Only their role: no offline_access (no long-lived offline tokens) and no default composite.
            assertEquals(List.of(DEMO_USERS.get(username)), roles, username + "'s realm roles");
            assertTrue(user.path("enabled").asBoolean(), username + " is enabled");
        });
        assertEquals(new TreeSet<>(DEMO_USERS.keySet()), new TreeSet<>(usernames));
    }

    @Test
    void devRealmLocksOutPasswordGuessingAndKeepsTokensAndSessionsShort() {
        assertBruteForceProtectionAndShortLifetimes(dev);
    }

    @Test
    void thePagesWarnAboutTheSameIdleTimeoutTheRealmEnforces() throws IOException {
        java.util.Properties config = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        String idle = config.getProperty("portal.pages.session-idle");
        long minutes = Long.parseLong(idle.replace("M", ""));
        assertEquals(dev.path("ssoSessionIdleTimeout").asLong(), minutes * 60,
                "portal.pages.session-idle must match the realm's ssoSessionIdleTimeout");
    }

    // --- Production realm ----------------------------------------------------------------------------------------

    @Test
    void productionRealmHasNoDemoUsers() {
        List<String> people = new ArrayList<>();
        production.path("users").forEach(user -> {
            if (!user.has("serviceAccountClientId")) {
                people.add(user.path("username").asText());
            }
        });
        assertEquals(List.of(), people, "the production realm must not create users (only a client's service account)");
    }

    /**
     * Closing a survivor's account (rights/account): in both realms a confidential client with a service account and no
     * other flow, whose service account holds realm-management's manage-users and nothing else (no realm role, no
     * view-realm or realm-admin), its secret taken from PORTAL_ACCOUNTS_CLIENT_SECRET (the development realm falling
     * back to application.properties' public development value, as portal-web's does).
     */
    @Test
    void bothRealmsLetPortalAccountsManageUsersAndNothingElse() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        for (JsonNode realm : List.of(dev, production)) {
            JsonNode accounts = client(realm, "portal-accounts");
            assertFalse(accounts.path("publicClient").asBoolean(true), "portal-accounts is confidential");
            assertEquals("client-secret", accounts.path("clientAuthenticatorType").asText());
            assertTrue(accounts.path("serviceAccountsEnabled").asBoolean(), "portal-accounts has a service account");
            assertFalse(accounts.path("standardFlowEnabled").asBoolean(true), "no browser sign-in");
            assertFalse(accounts.path("implicitFlowEnabled").asBoolean(true), "no implicit flow");
            assertFalse(accounts.path("directAccessGrantsEnabled").asBoolean(true), "no password grant");
            List<JsonNode> serviceAccounts = new ArrayList<>();
            realm.path("users").forEach(user -> {
                if ("portal-accounts".equals(user.path("serviceAccountClientId").asText())) {
                    serviceAccounts.add(user);
                }
            });
            assertEquals(1, serviceAccounts.size(), "one service account user for portal-accounts");
            JsonNode account = serviceAccounts.get(0);
            assertEquals(0, account.path("realmRoles").size(), "no realm role");
            assertEquals(List.of("realm-management"), fieldNames(account.path("clientRoles")));
            assertEquals(List.of("manage-users"), texts(account.path("clientRoles").path("realm-management")));
        }
        assertEquals("${PORTAL_ACCOUNTS_CLIENT_SECRET:"
                + properties.getProperty("portal.identity.insecure-dev-accounts-client-secret") + "}",
                client(dev, "portal-accounts").path("secret").asText());
        assertEquals("${PORTAL_ACCOUNTS_CLIENT_SECRET}", client(production, "portal-accounts").path("secret").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    void productionRealmHasNoPasswordGrantClient() {
        production.path("clients").forEach(client -> {
            String clientId = client.path("clientId").asText();
            assertFalse(clientId.equals("portal-cli"), "portal-cli is for the development realm only");
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(false),
                    clientId + " must not accept passwords directly (direct access grants)");
        });
    }

    /**
     * A lead is a caseworker too: the role is a composite of caseworker alone, in both realms, so a lead's token
     * carries both roles, and the production realm's second factor for caseworkers covers leads without a subflow of
     * their own (StaffSecondFactorRealmTest). No other role is a composite: a board member must never become staff.
     */
    @Test
    void aLeadIsACaseworkerAndNoOtherRoleIncludesAnother() {
        for (JsonNode realm : List.of(dev, production)) {
            realm.path("roles").path("realm").forEach(role -> {
                String name = role.path("name").asText();
                List<String> composites = new ArrayList<>();
                role.path("composites").path("realm").forEach(c -> composites.add(c.asText()));
                assertEquals(name.equals("lead") ? List.of("caseworker") : List.of(), composites,
                        name + "'s composite roles in " + realm.path("realm").asText());
                assertTrue(role.path("composites").path("client").isMissingNode(), name + " takes no client role");
            });
        }
    }

    @Test
    void productionRealmDefinesTheSameRolesAsTheDevRealm() {
        assertEquals(realmRoles(dev), realmRoles(production));
    }

    @Test
    void productionRealmKeepsTheDevRealmsLifetimesAndBruteForceSettings() {
        assertBruteForceProtectionAndShortLifetimes(production);
        for (String setting : SHARED_SETTINGS) {
            assertFalse(dev.path(setting).isMissingNode(), setting + " is set in the development realm");
            assertEquals(dev.path(setting), production.path(setting), setting + " differs between the realms");
        }
    }

    @Test
    void productionRealmPortalWebMatchesTheDevRealmApartFromSecretAndUrls() {
        assertPortalWebIsConfidentialCodeFlowOnly(production);
        assertEquals(withoutDeploymentValues(client(dev, "portal-web")),
                withoutDeploymentValues(client(production, "portal-web")));
    }

    @Test
    void productionRealmTakesThePortalWebSecretFromTheEnvironment() {
        String secret = client(production, "portal-web").path("secret").asText();
        assertTrue(secret.matches(ENV_PLACEHOLDER), "the production client secret must be ${ENV_VAR}, was a literal");
    }

    @Test
    void productionRealmRedirectsOnlyToThePublicUrl() {
        JsonNode web = client(production, "portal-web");
        web.path("redirectUris").forEach(uri -> assertTrue(uri.asText().startsWith("${PORTAL_PUBLIC_URL}/"),
                "redirect URI " + uri.asText()));
        assertFalse(web.path("attributes").path("post.logout.redirect.uris").asText().contains("localhost"));
    }

    @Test
    void productionRealmRequiresTlsAndAPasswordPolicy() {
        assertEquals("all", production.path("sslRequired").asText());
        assertFalse(production.path("passwordPolicy").asText().isBlank(), "production needs a password policy");
    }

    // --- Helpers -------------------------------------------------------------------------------------------------

    private static void assertPortalWebIsConfidentialCodeFlowOnly(JsonNode realm) {
        JsonNode web = client(realm, "portal-web");
        assertFalse(web.path("publicClient").asBoolean(true), "portal-web is confidential");
        assertEquals("client-secret", web.path("clientAuthenticatorType").asText());
        assertTrue(web.path("standardFlowEnabled").asBoolean(), "portal-web uses the authorization code flow");
        assertFalse(web.path("implicitFlowEnabled").asBoolean(true), "no implicit flow");
        assertFalse(web.path("directAccessGrantsEnabled").asBoolean(true), "no direct access grants");
        assertFalse(web.path("serviceAccountsEnabled").asBoolean(true), "no service account");
        assertEquals("S256", web.path("attributes").path("pkce.code.challenge.method").asText());
        assertAddsPortalApiAudience(web);
    }

    /** The API tenant accepts only tokens whose audience is portal-api (quarkus.oidc.api.token.audience). */
    private static void assertAddsPortalApiAudience(JsonNode client) {
        boolean found = false;
        for (JsonNode mapper : client.path("protocolMappers")) {
            JsonNode config = mapper.path("config");
            found |= mapper.path("protocolMapper").asText().equals("oidc-audience-mapper")
                    && config.path("included.custom.audience").asText().equals("portal-api")
                    && config.path("access.token.claim").asText().equals("true");
        }
        assertTrue(found, client.path("clientId").asText() + " must add the portal-api audience to access tokens");
    }

    private static void assertBruteForceProtectionAndShortLifetimes(JsonNode realm) {
        assertTrue(realm.path("bruteForceProtected").asBoolean(), "brute force detection is on");
        assertTrue(realm.path("accessTokenLifespan").asInt(Integer.MAX_VALUE) <= 300, "access token ≤ 5 minutes");
        assertTrue(realm.path("ssoSessionIdleTimeout").asInt(Integer.MAX_VALUE) <= 900, "idle session ≤ 15 minutes");
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError(clientId + " is missing from realm " + realm.path("displayName").asText());
    }

    private static Set<String> realmRoles(JsonNode realm) {
        Set<String> roles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
        return roles;
    }

    /** The client minus what legitimately differs per deployment: its secret and its URLs. */
    private static JsonNode withoutDeploymentValues(JsonNode client) {
        ObjectNode copy = client.deepCopy();
        copy.remove(List.of("secret", "redirectUris"));
        ((ObjectNode) copy.path("attributes")).remove("post.logout.redirect.uris");
        return copy;
    }
}
