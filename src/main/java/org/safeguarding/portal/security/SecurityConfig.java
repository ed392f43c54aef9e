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

    /**
     * Base64 of at least 32 random bytes: the secret in every receipt-code hash (Argon2id) and the key of the HMACs
     * that name clients in rate limits. Required outside dev/test; changing it invalidates every receipt code.
     */
    Optional<String> receiptKey();

    /** The public, committed receipt key for dev and test; production refuses to run with it. */
    String insecureDevReceiptKey();

    /** How long a receipt session stays open without a request: each request starts this window again. */
    @WithDefault("30M")
    java.time.Duration receiptSessionIdle();

    /** How long a receipt session can last at most from when it was opened, however active it is. */
    @WithDefault("8H")
    java.time.Duration receiptSessionAbsolute();

    /** Mark the portal's own cookies Secure (production sits behind TLS; dev and tests run on plain HTTP). */
    @WithDefault("false")
    boolean secureCookies();

    /** Send Strict-Transport-Security (production sits behind TLS). */
    @WithDefault("false")
    boolean hsts();
}
