package org.safeguarding.portal.acceptance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.portal.testing.FreePorts;
import org.safeguarding.portal.testing.ProductionSecrets;

/**
 * The packaged service in production mode will not start without each of its own secrets, nor with the public
 * development value of one (committed in application.properties for dev and test): it exits non-zero, names the
 * setting, and prints no secret. Everything else is a working production configuration, so the secret is the only
 * reason. ProductionSecretsGuardTest checks the rules in-process; this checks the real start.
 */
class RefusesToStartWithoutItsSecretsIT {

    static Stream<String> secrets() {
        // Every secret the guard knows: a new one is tried here without anyone remembering to add it.
        return org.safeguarding.portal.security.ProductionSecretsGuard.SECRETS.stream();
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("secrets")
    void refusesToStartWithout(String secret) throws Exception {
        AcceptanceStack stack = AcceptanceStack.get();
        Map<String, String> environment = new LinkedHashMap<>(stack.portalEnvironment());
        environment.remove(secret);
        assertRefused(stack, environment, secret, "without-" + secret);
    }

    @ParameterizedTest(name = "with the public development {0}")
    @MethodSource("secrets")
    void refusesToStartWithThePublicDevelopmentValueOf(String secret) throws Exception {
        AcceptanceStack stack = AcceptanceStack.get();
        Map<String, String> environment = new LinkedHashMap<>(stack.portalEnvironment());
        String developmentValue = DevelopmentSecrets.publicValues().get(secret);
        environment.put(secret, developmentValue);
        String log = assertRefused(stack, environment, secret, "development-" + secret);
        assertFalse(log.contains(developmentValue), "the development value is not printed either");
    }

    /** Not a secret, but as needed: without it every client would count as the load balancer (ProductionSecretsGuard). */
    @org.junit.jupiter.api.Test
    void refusesToStartWithoutItsTrustedProxies() throws Exception {
        AcceptanceStack stack = AcceptanceStack.get();
        Map<String, String> environment = new LinkedHashMap<>(stack.portalEnvironment());
        environment.remove("PORTAL_TRUSTED_PROXIES");
        assertRefused(stack, environment, "PORTAL_TRUSTED_PROXIES", "without-PORTAL_TRUSTED_PROXIES");
    }

    /** Not a secret either: the privacy notice must name the council that is the controller (web/council/CouncilGuard). */
    @org.junit.jupiter.api.Test
    void refusesToStartWithoutTheCouncilsName() throws Exception {
        AcceptanceStack stack = AcceptanceStack.get();
        Map<String, String> environment = new LinkedHashMap<>(stack.portalEnvironment());
        environment.remove("PORTAL_COUNCIL_NAME");
        assertRefused(stack, environment, "PORTAL_COUNCIL_NAME", "without-PORTAL_COUNCIL_NAME");
    }

    private static String assertRefused(AcceptanceStack stack, Map<String, String> environment, String secret,
            String name) throws Exception {
        // A start that is meant to fail never serves: the quick JIT and the serial collector start the JVM faster.
        List<String> jvmOptions = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        jvmOptions.addAll(stack.certificate.trustOptions());
        try (PackagedPortal portal = PackagedPortal.launch(FreePorts.next(), environment, jvmOptions,
                AcceptanceStack.FOLDER.resolve("refusals").resolve(name + ".log"))) {
            int exit = portal.awaitExit(Duration.ofSeconds(90));
            String log = portal.logText();
            assertNotEquals(0, exit, "exits non-zero; see " + portal.log());
            assertTrue(log.contains(secret), "the refusal names " + secret + "; see " + portal.log());
            String searchable = JsonLog.searchable(log);
            stack.secrets.forEach((other, value) -> assertFalse(searchable.contains(value),
                    "no secret is printed (" + other + "); see " + portal.log()));
            return log;
        }
    }
}
