package org.safeguarding.portal.testing;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real stack for every @QuarkusTest of the run: PostgreSQL, Keycloak and an SMTP listener on free ports, started
 * once per test JVM and stopped when it ends ({@link SharedStack}): a change of test profile restarts Quarkus, not
 * the stack. Paths come from the Maven build (pom.xml, surefire system properties).
 */
public class PortalStackResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return SharedStack.settingsFromAnyLoader(testPort());
    }

    @Override
    public void stop() {
        // The stack outlives this Quarkus start: the next profile's start uses it again; the JVM's end stops it.
    }

    /** The port the service under test listens on (application.properties, or -Dquarkus.http.test-port). */
    private static int testPort() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
    }
}
