package org.safeguarding.portal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Keycloak's sign-in speaks the portal's languages (issue 17): both realm files switch on Keycloak's
 * internationalisation with the same four locales, English the default, and carry the words Keycloak's own login
 * theme lacks as realm localisation texts ({@code localizationTexts}, imported with the realm). Keycloak 26.7 ships
 * Polish but neither Welsh nor Urdu, so Welsh and Urdu carry every key the realm's sign-in pages show
 * ({@link #SIGN_IN_KEYS}); Polish carries only what Keycloak's own Polish lacks. SignInLanguagesKeycloakTest shows the
 * pages in a running Keycloak.
 */
class SignInLanguagesRealmTest {

    private static final Path DEV_REALM = Path.of("keycloak-realm/portal-realm.json");
    private static final Path PRODUCTION_REALM = Path.of("keycloak-realm/production/portal-realm.json");

    /**
     * The portal's languages, in the order of its language link. They must match the portal's own list (the languages
     * work's configuration of en, cy, ur, pl): the portal passes its choice to Keycloak as {@code ui_locales}, and
     * Keycloak ignores a locale the realm does not support.
     */
    static final List<String> LOCALES = List.of("en", "cy", "ur", "pl");

    /** Languages Keycloak 26.7's login theme has no messages for: the realm carries every sign-in word for them. */
    static final List<String> WITHOUT_KEYCLOAK_MESSAGES = List.of("cy", "ur");

    /**
     * Every message the realms' sign-in pages render: read from the templates the flows reach (keycloak.v2's
     * template, login, login-otp, login-config-totp, login-update-password, password-commons and field; base's error,
     * info, login-page-expired, logout-confirm and frontchannel-logout) and from the errors Keycloak's authenticators
     * and required actions put on them (wrong password, locked out, wrong or missing code, password policy, expired or
     * stale pages). Left out on purpose: links the realms switch off (registration, forgotten password, remember me),
     * the authenticator apps' brand names (the same in every language) and {@code loginTitleHtml} (the realm's name).
     */
    static final List<String> SIGN_IN_KEYS = List.of(
            // every page
            "loginTitle", "languages", "requiredFields", "restartLoginTooltip", "doTryAnotherWay",
            // username and password
            "loginAccountTitle", "username", "password", "doLogIn", "showPassword", "hidePassword",
            "invalidUserMessage", "accountTemporarilyDisabledMessage", "accountPermanentlyDisabledMessage",
            "accountDisabledMessage",
            // the one-time code, and setting it up (staff in the production realm)
            "loginOtpOneTime", "authenticatorCode", "invalidTotpMessage", "missingTotpMessage",
            "loginChooseAuthenticator", "otp-display-name", "otp-help-text",
            "loginTotpTitle", "loginTotpStep1", "loginTotpStep2", "loginTotpStep3", "loginTotpStep3DeviceName",
            "loginTotpManualStep2", "loginTotpManualStep3", "loginTotpUnableToScan", "loginTotpScanBarcode",
            "loginTotpType", "loginTotpAlgorithm", "loginTotpDigits", "loginTotpInterval", "loginTotpCounter",
            "loginTotpDeviceName", "loginTotp.totp", "loginTotp.hotp", "doSubmit", "doCancel",
            "missingTotpDeviceNameMessage", "configureTotpMessage", "requiredAction.CONFIGURE_TOTP",
            // a new password (an administrator's temporary one), under the production realm's policy
            "updatePasswordTitle", "passwordNew", "passwordConfirm", "logoutOtherSessions", "notMatchPasswordMessage",
            "missingPasswordMessage", "invalidPasswordMinLengthMessage", "invalidPasswordNotUsernameMessage",
            "invalidPasswordNotEmailMessage", "invalidPasswordHistoryMessage", "invalidPasswordGenericMessage",
            "updatePasswordMessage", "accountPasswordUpdatedMessage", "requiredAction.UPDATE_PASSWORD",
            // error and information pages
            "errorTitle", "backToApplication", "proceedWithAction", "traceIdSupportMessage", "expiredCodeMessage",
            "expiredActionMessage", "cookieNotFoundMessage", "loginTimeout", "staleCodeMessage", "invalidCodeMessage",
            "sessionNotActiveMessage", "alreadyLoggedIn", "differentUserAuthenticated", "invalidParameterMessage",
            "invalidRequestMessage", "clientNotFoundMessage", "clientDisabledMessage",
            "invalidRedirectUriMessage", "internalServerError", "pageExpiredTitle", "pageExpiredMsg1", "pageExpiredMsg2",
            "doClickHere",
            // signing out
            "logoutConfirmTitle", "logoutConfirmHeader", "doLogout", "frontchannel-logout.title",
            "frontchannel-logout.message", "doContinue", "successLogout", "failedLogout");

    /**
     * The language menu's names for the locales Keycloak's theme does not declare: Keycloak names only its own
     * (from the JDK), falls back to the bare code otherwise, and sets {@code dir="rtl"} from the name's script.
     */
    private static final List<String> LANGUAGE_NAMES = List.of("locale_cy", "locale_ur");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private static JsonNode dev;
    private static JsonNode production;
    private static Properties keycloakEnglish;
    private static Properties keycloakPolish;

    @BeforeAll
    static void read() throws IOException {
        JsonMapper json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        dev = json.readTree(DEV_REALM.toFile());
        production = json.readTree(PRODUCTION_REALM.toFile());
        keycloakEnglish = keycloakLoginMessages("en");
        keycloakPolish = keycloakLoginMessages("pl");
    }

    @Test
    void bothRealmsOfferTheFourLanguagesWithEnglishTheDefault() {
        for (JsonNode realm : List.of(dev, production)) {
            String name = realm.path("displayName").asText();
            assertTrue(realm.path("internationalizationEnabled").asBoolean(), name + ": internationalisation on");
            assertEquals(LOCALES, texts(realm.path("supportedLocales")), name + ": supported locales");
            assertEquals("en", realm.path("defaultLocale").asText(), name + ": default locale");
            assertEquals(new TreeSet<>(LOCALES), fieldNames(realm.path("localizationTexts")),
                    name + ": localisation texts for exactly the supported locales");
        }
    }

    @Test
    void bothRealmsCarryTheSameWords() {
        assertEquals(dev.path("localizationTexts"), production.path("localizationTexts"),
                "a word changed in one realm file must be changed in the other");
    }

    @Test
    void welshAndUrduHaveEverySignInMessage() {
        for (String locale : WITHOUT_KEYCLOAK_MESSAGES) {
            JsonNode words = dev.path("localizationTexts").path(locale);
            List<String> missing = new ArrayList<>();
            for (String key : SIGN_IN_KEYS) {
                if (words.path(key).asText().isBlank()) {
                    missing.add(key);
                }
            }
            assertEquals(List.of(), missing, locale + " lacks sign-in messages");
        }
    }

    @Test
    void polishHasEverySignInMessageFromKeycloakOrTheRealm() {
        JsonNode words = dev.path("localizationTexts").path("pl");
        List<String> missing = new ArrayList<>();
        for (String key : SIGN_IN_KEYS) {
            if (!keycloakPolish.containsKey(key) && words.path(key).asText().isBlank()) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, "Polish sign-in messages in neither Keycloak's theme nor the realm");
    }

    /** A key Keycloak does not know would never be shown: a misspelt key would leave its English in place. */
    @Test
    void everyKeyIsOneKeycloaksLoginThemeUses() {
        Set<String> unknown = new TreeSet<>();
        dev.path("localizationTexts").forEach(words -> words.fieldNames().forEachRemaining(key -> {
            if (!keycloakEnglish.containsKey(key) && !LANGUAGE_NAMES.contains(key) && !key.equals("languages")) {
                unknown.add(key);
            }
        }));
        SIGN_IN_KEYS.stream().filter(key -> !keycloakEnglish.containsKey(key) && !key.equals("languages"))
                .forEach(unknown::add);
        assertEquals(Set.of(), unknown, "keys Keycloak's English login messages do not have");
    }

    @Test
    void everyLanguageNamesWelshAndUrduInTheirOwnScript() {
        for (String locale : LOCALES) {
            JsonNode words = dev.path("localizationTexts").path(locale);
            assertEquals("Cymraeg", words.path("locale_cy").asText(), locale + "'s name for Welsh");
            assertEquals("اردو", words.path("locale_ur").asText(), locale + "'s name for Urdu");
        }
        // Keycloak's login template writes dir="rtl" when the current language's name is right-to-left text.
        assertFalse(new Bidi("اردو", Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).isLeftToRight());
    }

    /** Keycloak formats each text with java.text.MessageFormat: a placeholder lost or added would garble it. */
    @Test
    void translationsKeepKeycloaksPlaceholders() {
        List<String> wrong = new ArrayList<>();
        dev.path("localizationTexts").fields().forEachRemaining(locale -> locale.getValue().fields()
                .forEachRemaining(text -> {
                    String english = keycloakEnglish.getProperty(text.getKey());
                    if (english != null && !placeholders(english).equals(placeholders(text.getValue().asText()))) {
                        wrong.add(locale.getKey() + "." + text.getKey());
                    }
                }));
        assertEquals(List.of(), wrong, "texts whose {0}-style placeholders differ from Keycloak's English");
    }

    /**
     * MessageFormat reads an ASCII apostrophe as the start of quoted text, so "’ch" written with one would lose it
     * (Keycloak's English writes it twice); the texts use the typographic apostrophe instead.
     */
    @Test
    void noTextHasAnApostropheMessageFormatWouldSwallow() {
        List<String> wrong = new ArrayList<>();
        dev.path("localizationTexts").fields().forEachRemaining(locale -> locale.getValue().fields()
                .forEachRemaining(text -> {
                    if (text.getValue().asText().replace("''", "").contains("'")) {
                        wrong.add(locale.getKey() + "." + text.getKey());
                    }
                }));
        assertEquals(List.of(), wrong);
    }

    // --- Helpers -------------------------------------------------------------------------------------------------

    /**
     * Keycloak's own login messages for a language, from the themes JAR of the distribution the build unpacks (the
     * same release as docker-compose.yml's image).
     */
    static Properties keycloakLoginMessages(String locale) throws IOException {
        Path home = Path.of(System.getProperty("portal.keycloak.home", ".cache/keycloak-26.7.3"));
        Path jar;
        try (Stream<Path> jars = Files.list(home.resolve("lib/lib/main"))) {
            jar = jars.filter(p -> p.getFileName().toString().matches("org\\.keycloak\\.keycloak-themes-[0-9.]+\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no Keycloak themes JAR under " + home));
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("theme/base/login/messages/messages_" + locale + ".properties");
            Properties messages = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return messages;
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
