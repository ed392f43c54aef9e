package org.safeguarding.portal.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "portal.security")
public interface SecurityConfig {

    /** Base64 of at least 32 random bytes that bind CSRF tokens to a sign-in session. Required outside dev/test. */
    Optional<String> csrfKey();

    /** The public, committed CSRF key for dev and test; production refuses to run with it. */
    String insecureDevCsrfKey();

    /** Send Strict-Transport-Security (production sits behind TLS). */
    @WithDefault("false")
    boolean hsts();
}
