package org.safeguarding.portal.security.origin;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * {@code PORTAL_TRUSTED_PROXIES=none} (clients connect to the service directly) turns Quarkus' own reading of
 * forwarding headers off, so no header changes the scheme, host or address the framework sees. Quarkus has no value
 * for "no proxy" in {@code quarkus.http.proxy.trusted-proxies} (an empty list trusts every peer), hence this
 * interceptor (registered in META-INF/services). The portal's own client address ({@link RequestOrigin}) reads the
 * same setting.
 */
public class NoProxyConfig implements ConfigSourceInterceptor {

    static final String FORWARDING = "quarkus.http.proxy.proxy-address-forwarding";
    static final String TRUSTED_PROXIES = "portal.trusted-proxies";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!FORWARDING.equals(name)) {
            return value;
        }
        ConfigValue proxies = context.restart(TRUSTED_PROXIES);
        if (proxies == null || proxies.getValue() == null
                || !proxies.getValue().trim().equalsIgnoreCase(TrustedProxies.NONE)) {
            return value;
        }
        return value != null ? value.withValue("false")
                : ConfigValue.builder().withName(name).withValue("false").build();
    }
}
