package org.safeguarding.portal.receipt;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of anonymous intake: how often receipt codes may be handed out, tried and checked, per window. */
@ConfigMapping(prefix = "portal.anonymous")
public interface AnonymousIntakeConfig {

    /** Attempts to open a session allowed per client address in one window. */
    @WithDefault("5")
    int attemptsPerClient();

    /** Attempts allowed for the whole service in one window, whatever the address (a distributed guess). */
    @WithDefault("300")
    int attemptsOverall();

    /** New receipt codes (and submissions without an account) allowed per client address in one window. */
    @WithDefault("20")
    int startsPerClient();

    /**
     * New receipt codes and submissions without an account allowed for the whole service in one window, whatever the
     * address: each costs an Argon2id hash and stores rows, so a flood from many addresses is capped too.
     */
    @WithDefault("500")
    int startsOverall();

    /** Checks of a typed code against the session's own (the "I have saved my code" step) per session owner. */
    @WithDefault("10")
    int checksPerSubject();

    /** The same checks per client address. */
    @WithDefault("30")
    int checksPerClient();

    /** The length of a counting window. */
    @WithDefault("15M")
    Duration attemptWindow();

    /** A failed attempt never answers sooner than this. */
    @WithDefault("400ms")
    Duration failureFloor();
}
