package org.safeguarding.portal.web.council;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The council that runs the portal, as its public pages name it: the privacy notice's controller, the accessibility
 * statement's contacts, the header's name, logo and colour. Every council supplies its own (docs/deployment.md,
 * "The council's details"); the dev and test profiles carry fictional ones, and {@link CouncilGuard} refuses to start
 * production without the real name and contact details.
 */
@ConfigMapping(prefix = "portal.council")
public interface CouncilConfig {

    /** The council's name, as the header, the privacy notice (the controller) and the statements show it. */
    Optional<String> name();

    /** Where people write to the council about the portal: an email address. */
    Optional<String> contactEmail();

    /** Where people call the council about the portal: a telephone number. */
    Optional<String> contactPhone();

    /** The council's postal address, on one line (commas between its parts). */
    Optional<String> address();

    /** How to reach the council's data protection officer: an email address. */
    Optional<String> dpoEmail();

    /** The council's registration number with the Information Commissioner's Office (the data protection register). */
    Optional<String> icoRegistration();

    /** A file holding the council's logo (SVG or PNG), shown in the header; none shows the name alone. */
    Optional<String> logoFile();

    /**
     * The council's brand colour (#rrggbb) for the header, behind white text: it must keep a contrast of at least 4.5:1
     * with white (WCAG 2.2 AA), which the service checks at start.
     */
    @WithDefault("#1d70b8")
    String colour();
}
