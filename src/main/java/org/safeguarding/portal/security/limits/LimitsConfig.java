package org.safeguarding.portal.security.limits;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How often a subject (a signed-in person, or the owner of a receipt session) and a client (an address, an IPv6 /64)
 * may submit an account or post a message, per window. The defaults leave a survivor far more room than they will use;
 * a client's allowance is larger, as a refuge, a library or a hub office puts many people behind one address.
 */
@ConfigMapping(prefix = "portal.limits")
public interface LimitsConfig {

    Limit submissions();

    Limit messages();

    /** Attempts at an invitation code (signed in, or with a receipt instead of an account): a code is guessed here. */
    Limit invitations();

    interface Limit {
        /** Allowed per subject in one window (and the window before it, counted together). */
        int perSubject();

        /** Allowed per client address in one window (and the window before it). */
        int perClient();

        @WithDefault("1H")
        Duration window();
    }
}
