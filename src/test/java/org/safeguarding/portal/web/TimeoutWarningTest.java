package org.safeguarding.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The no-script timeout warning appears two minutes before the sign-in idles out: the CSS delay, the portal's
 * setting and the realm's SSO idle timeout must agree, or the warning would come too late (or after the fact).
 */
class TimeoutWarningTest {

    @Test
    void theWarningShowsTwoMinutesBeforeTheSignInIdlesOut() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/static/css/portal.css"));
        Matcher delay = Pattern.compile("animation: portal-timeout-reveal 0s linear (\\d+)s forwards").matcher(css);
        assertTrue(delay.find(), "the warning's reveal animation");

        Matcher setting = Pattern.compile("(?m)^portal\\.pages\\.session-idle=(\\d+)M$")
                .matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        assertTrue(setting.find(), "portal.pages.session-idle");
        long idle = Duration.ofMinutes(Long.parseLong(setting.group(1))).toSeconds();

        for (String realm : new String[] {"keycloak-realm/portal-realm.json",
            "keycloak-realm/production/portal-realm.json"}) {
            long realmIdle = new ObjectMapper().readTree(Path.of(realm).toFile()).path("ssoSessionIdleTimeout")
                    .asLong();
            assertEquals(idle, realmIdle, realm + ": the portal's idle setting is the realm's SSO idle timeout");
        }
        assertEquals(idle - 120, Long.parseLong(delay.group(1)), "shown two minutes before the end");
    }
}
