package org.safeguarding.portal.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Keycloak's sign-in pages in the portal's languages, from the real Keycloak the test stack starts with the
 * development realm (the production realm carries the same words: SignInLanguagesRealmTest). The portal will ask for
 * a language with the OIDC {@code ui_locales} parameter of the authorization request; a browser that has not chosen
 * sends {@code Accept-Language}; Keycloak's own language menu adds {@code kc_locale}. Plain HTTP, as a browser without
 * JavaScript would: cookies are carried by hand (Keycloak marks them Secure, which java.net's cookie store withholds
 * from http://localhost).
 */
@QuarkusTest
class SignInLanguagesKeycloakTest {

    private static final String REDIRECT = "http://localhost:8081/pages/";
    // RFC 7636's example verifier's challenge: Keycloak only checks its form here, no code is ever exchanged.
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGjSstw-cM";
    private static final String LOCALE_COOKIE = "KEYCLOAK_LOCALE";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern HTML = Pattern.compile("<html[^>]*lang=\"([^\"]*)\"[^>]*dir=\"([^\"]*)\"");

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    @Test
    void theSignInPageSpeaksTheLanguageThePortalAsksFor() throws Exception {
        Browser browser = new Browser();
        Page welsh = browser.get(authorization("&ui_locales=cy"));
        welsh.assertLanguage("cy", "ltr");
        welsh.assertShows("Mewngofnodi i’ch cyfrif", "Enw defnyddiwr", "Cyfrinair", "Mewngofnodi");
        // Asked for, not remembered: no cookie beyond those of an English sign-in (the portal's cookies page lists them).
        assertFalse(browser.cookies.containsKey(LOCALE_COOKIE), "cookies: " + browser.cookies.keySet());

        Page urdu = new Browser().get(authorization("&ui_locales=ur"));
        urdu.assertLanguage("ur", "rtl");
        urdu.assertShows("اپنے اکاؤنٹ میں سائن ان کریں", "صارف نام", "پاس ورڈ", "سائن ان کریں");

        // Keycloak's own Polish.
        Page polish = new Browser().get(authorization("&ui_locales=pl"));
        polish.assertLanguage("pl", "ltr");
        polish.assertShows("Zaloguj się na swoje konto", "Nazwa użytkownika", "Hasło");
    }

    @Test
    void withoutAChoiceTheBrowsersLanguageDecides() throws Exception {
        Page welsh = new Browser().acceptLanguage("cy").get(authorization(""));
        welsh.assertLanguage("cy", "ltr");
        welsh.assertShows("Mewngofnodi i’ch cyfrif");

        Page urdu = new Browser().acceptLanguage("ur-PK, ur;q=0.9, en;q=0.5").get(authorization(""));
        urdu.assertLanguage("ur", "rtl");
        urdu.assertShows("اپنے اکاؤنٹ میں سائن ان کریں");

        // The portal's choice comes before the browser's.
        Page chosen = new Browser().acceptLanguage("cy").get(authorization("&ui_locales=pl"));
        chosen.assertLanguage("pl", "ltr");
    }

    @Test
    void englishStaysTheDefault() throws Exception {
        Page none = new Browser().get(authorization(""));
        none.assertLanguage("en", "ltr");
        none.assertShows("Sign in to your account", "Username", "Password");
        // A language the portal does not offer falls back to English, not to Keycloak's other languages.
        Page french = new Browser().acceptLanguage("fr-FR, fr;q=0.9").get(authorization(""));
        french.assertLanguage("en", "ltr");
        Page german = new Browser().get(authorization("&ui_locales=de"));
        german.assertLanguage("en", "ltr");
    }

    /** Keycloak's menu: each language by its own name, and following one (kc_locale) changes the page. */
    @Test
    void theLanguageMenuOffersTheFourLanguagesByTheirOwnNames() throws Exception {
        Browser browser = new Browser();
        Page english = browser.get(authorization(""));
        Map<String, Option> menu = english.languageMenu();
        assertEquals(List.of("cy", "en", "pl", "ur"), menu.keySet().stream().sorted().toList(), "menu: " + menu);
        assertEquals("Cymraeg", menu.get("cy").label());
        assertEquals("اردو", menu.get("ur").label());
        assertTrue(menu.get("pl").label().contains("Polski"), menu.get("pl").label());

        Page welsh = browser.get(URI.create(keycloakUrl).resolve(menu.get("cy").href()).toString());
        welsh.assertLanguage("cy", "ltr");
        welsh.assertShows("Mewngofnodi i’ch cyfrif");
        // Keycloak remembers a choice made in its own menu in a cookie of its own (a cookie the portal's cookies page
        // must list once a journey can use the menu).
        assertEquals("cy", browser.cookies.get(LOCALE_COOKIE));
    }

    @Test
    void aWrongPasswordIsExplainedInTheChosenLanguage() throws Exception {
        Browser browser = new Browser();
        Page urdu = browser.post(browser.get(authorization("&ui_locales=ur")).formAction(),
                Map.of("username", "survivor1", "password", "not-the-password"));
        urdu.assertLanguage("ur", "rtl");
        urdu.assertShows("صارف نام یا پاس ورڈ درست نہیں۔");
        assertFalse(urdu.text().contains("Invalid username or password"), urdu.text());
    }

    /**
     * The required actions a council's administrator gives a new member of staff (set up a one-time code, replace
     * the temporary password) and the code asked at every later sign-in, all in the language chosen at the start.
     */
    @Test
    void settingUpAOneTimeCodeAndANewPasswordFollowTheLanguage() throws Exception {
        String username = newUserWithRequiredActions(List.of("CONFIGURE_TOTP", "UPDATE_PASSWORD"));
        Browser browser = new Browser();
        Page setUp = browser.post(browser.get(authorization("&ui_locales=cy")).formAction(),
                Map.of("username", username, "password", username));
        setUp = browser.follow(setUp);
        setUp.assertLanguage("cy", "ltr");
        setUp.assertShows("Gosod ap dilysu ar eich ffôn symudol", "Gosodwch un o’r apiau canlynol ar eich ffôn symudol:",
                "Methu sganio?", "Cod untro");

        Page manual = browser.get(URI.create(keycloakUrl).resolve(setUp.link("mode=manual")).toString());
        manual.assertShows("Agorwch yr ap a rhowch yr allwedd:", "Yn seiliedig ar amser", "Digidau");
        // The key the page shows is the base32 form of the form's hidden totpSecret, which Keycloak keeps with the form:
        // a page shown again (after a wrong code) carries a new one.
        String shown = manual.match("id=\"kc-totp-secret-key\"[^>]*>\\s*([A-Z2-7 ]+)").replace(" ", "");
        String secret = manual.hiddenTotpSecret();
        assertEquals(shown, base32Encode(secret.getBytes(StandardCharsets.UTF_8)), "the key shown to type in");

        Page wrongCode = browser.post(manual.formAction(), Map.of("totp", otherThan(totp(secret)),
                "totpSecret", secret, "userLabel", ""));
        wrongCode.assertShows("Cod dilysu annilys.");

        String again = wrongCode.hiddenTotpSecret();
        Page newPassword = browser.follow(browser.post(wrongCode.formAction(), Map.of("totp", totp(again),
                "totpSecret", again, "userLabel", "")));
        newPassword.assertLanguage("cy", "ltr");
        newPassword.assertShows("Newid eich cyfrinair", "Cyfrinair newydd", "Cadarnhau’r cyfrinair");
        Page mismatch = browser.post(newPassword.formAction(), Map.of("password-new", "a-new-password-1",
                "password-confirm", "a-new-password-2"));
        mismatch.assertShows("Nid yw’r cyfrineiriau’n cyfateb.");
        Page done = browser.post(mismatch.formAction(), Map.of("password-new", "a-new-password-1",
                "password-confirm", "a-new-password-1"));
        assertEquals(302, done.status, "back to the portal with a code");
        assertTrue(done.location.startsWith(REDIRECT) && done.location.contains("code="), done.location);

        // Next time, in Urdu: the one-time code page, right to left.
        Browser later = new Browser();
        Page code = later.post(later.get(authorization("&ui_locales=ur")).formAction(),
                Map.of("username", username, "password", "a-new-password-1"));
        code = later.follow(code);
        code.assertLanguage("ur", "rtl");
        code.assertShows("ایک بار کا کوڈ", "سائن ان کریں");
        Page badCode = later.post(code.formAction(), Map.of("otp", otherThan(totp(again))));
        badCode.assertShows("تصدیقی کوڈ درست نہیں ہے۔");
    }

    @Test
    void signingOutAsksInTheChosenLanguage() throws Exception {
        Page welsh = new Browser().get(keycloakUrl
                + "/realms/portal/protocol/openid-connect/logout?client_id=portal-web&ui_locales=cy");
        welsh.assertLanguage("cy", "ltr");
        welsh.assertShows("Ydych chi eisiau allgofnodi?", "Allgofnodi");
    }

    @Test
    void theErrorPageFollowsTheBrowsersLanguage() throws Exception {
        Page urdu = new Browser().acceptLanguage("ur").get(keycloakUrl
                + "/realms/portal/protocol/openid-connect/auth?client_id=nobody&response_type=code&redirect_uri="
                + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8));
        urdu.assertLanguage("ur", "rtl");
        urdu.assertShows("ہمیں افسوس ہے...", "کلائنٹ نہیں ملا۔");
    }

    // --- Helpers -------------------------------------------------------------------------------------------------

    private String authorization(String extra) {
        return keycloakUrl + "/realms/portal/protocol/openid-connect/auth?client_id=portal-web&response_type=code"
                + "&scope=openid&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&code_challenge_method=S256&code_challenge=" + CHALLENGE + extra;
    }

    private String newUserWithRequiredActions(List<String> actions) {
        String username = "test-languages-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(keycloakUrl + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "firstName", "Test", "lastName", "Languages",
                        "email", username + "@example.invalid", "emailVerified", true, "requiredActions", actions,
                        "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false))))
                .post(keycloakUrl + "/admin/realms/portal/users").then().statusCode(201);
        return username;
    }

    /** RFC 6238 with the realm's policy (HmacSHA1, 6 digits, 30 s), as an authenticator app computes it. */
    static String totp(String secret) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        // Keycloak reads the real clock: so does this, never the portal's test clock.
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(System.currentTimeMillis() / 1000 / 30).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
        return String.format("%06d", binary % 1_000_000);
    }

    private static String otherThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    /** RFC 4648 base32 without padding, as Keycloak shows the key. */
    private static String base32Encode(byte[] bytes) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** A browser without JavaScript: one cookie jar, no redirects followed unless asked. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private String acceptLanguage;

        Browser acceptLanguage(String value) {
            this.acceptLanguage = value;
            return this;
        }

        Page get(String url) throws IOException, InterruptedException {
            return send(request(url).GET().build());
        }

        Page post(String url, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        /** Follows a redirect within Keycloak (a required action's page comes after a 302). */
        Page follow(Page page) throws IOException, InterruptedException {
            return page.status == 302 ? get(URI.create(keycloakUrl).resolve(page.location).toString()) : page;
        }

        private HttpRequest.Builder request(String url) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
            if (acceptLanguage != null) {
                builder.header("Accept-Language", acceptLanguage);
            }
            if (!cookies.isEmpty()) {
                builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return builder;
        }

        private Page send(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(""));
        }
    }

    private static final class Page {
        final int status;
        final String html;
        final String location;

        Page(int status, String html, String location) {
            this.status = status;
            this.html = html;
            this.location = location;
        }

        void assertLanguage(String lang, String dir) {
            Matcher matcher = HTML.matcher(html);
            assertTrue(matcher.find(), "no <html lang dir> in (status " + status + "): " + text());
            assertEquals(lang, matcher.group(1), "lang of " + text());
            assertEquals(dir, matcher.group(2), "dir of " + text());
        }

        void assertShows(String... words) {
            String text = text();
            for (String word : words) {
                assertTrue(text.contains(word), "'" + word + "' is not on the page: " + text);
            }
        }

        /** What a reader sees: the markup without scripts, styles and tags, entities decoded, spaces folded. */
        String text() {
            String visible = html.replaceAll("(?s)<script.*?</script>|<style.*?</style>|<svg.*?</svg>", " ")
                    .replaceAll("<[^>]*>", " ");
            return unescape(visible).replaceAll("\\s+", " ").trim();
        }

        String hiddenTotpSecret() {
            return match("name=\"totpSecret\"\\s+value=\"([^\"]+)\"");
        }

        String formAction() {
            return unescape(match(FORM_ACTION.pattern()));
        }

        String link(String containing) {
            Matcher matcher = Pattern.compile("href=\"([^\"]*" + Pattern.quote(containing) + "[^\"]*)\"").matcher(html);
            assertTrue(matcher.find(), "no link with " + containing + " in " + text());
            return unescape(matcher.group(1));
        }

        String match(String regex) {
            Matcher matcher = Pattern.compile(regex).matcher(html);
            assertTrue(matcher.find(), regex + " not found in " + text());
            return matcher.group(1);
        }

        /** Keycloak's language menu: each option's locale code with its label and where it leads (kc_locale). */
        Map<String, Option> languageMenu() {
            Map<String, Option> menu = new LinkedHashMap<>();
            Matcher option = Pattern.compile(
                    "(?s)<option\\s+value=\"([^\"]*kc_locale=([a-zA-Z-]+)[^\"]*)\"[^>]*>(.*?)</option>").matcher(html);
            while (option.find()) {
                menu.put(option.group(2), new Option(unescape(option.group(3)).trim(), unescape(option.group(1))));
            }
            return menu;
        }

        private static String unescape(String text) {
            return text.replace("&nbsp;", " ").replace("&#42;", "*").replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                    .replace("&gt;", ">");
        }
    }

    private record Option(String label, String href) {
    }
}
