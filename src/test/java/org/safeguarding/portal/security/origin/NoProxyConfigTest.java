package org.safeguarding.portal.security.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** PORTAL_TRUSTED_PROXIES=none turns Quarkus' forwarding off; any list of proxies leaves it as configured. */
class NoProxyConfigTest {

    private static String forwarding(String trustedProxies) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors().withInterceptors(new NoProxyConfig())
                .withSources(new PropertiesConfigSource(Map.of(NoProxyConfig.FORWARDING, "true",
                        "portal.trusted-proxies", "${PORTAL_TRUSTED_PROXIES:}", "PORTAL_TRUSTED_PROXIES",
                        trustedProxies), "test", 100))
                .build();
        return config.getValue(NoProxyConfig.FORWARDING, String.class);
    }

    @Test
    void noneTurnsForwardingOff() {
        assertEquals("false", forwarding("none"));
        assertEquals("false", forwarding(" None "));
    }

    @Test
    void aListOfProxiesLeavesItOn() {
        assertEquals("true", forwarding("10.0.0.0/8"));
    }
}
