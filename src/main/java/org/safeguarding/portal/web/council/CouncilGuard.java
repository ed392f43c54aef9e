package org.safeguarding.portal.web.council;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a production service that does not say which council runs it: the privacy notice must name the
 * controller and how to reach it and its data protection officer, and survivors must know whom to complain to. In
 * every mode, refuses a brand colour the header's white text cannot be read on and a logo file that is not there.
 */
public class CouncilGuard {

    /**
     * What production refuses to start without, by environment variable: the list the deployment descriptions are
     * checked against (deploy/KubernetesManifestsTest, DockerComposeTest), as for the secrets.
     */
    public static final List<String> REQUIRED = List.of("PORTAL_COUNCIL_NAME", "PORTAL_COUNCIL_CONTACT_EMAIL",
            "PORTAL_COUNCIL_CONTACT_PHONE", "PORTAL_COUNCIL_ADDRESS", "PORTAL_COUNCIL_DPO_EMAIL",
            "PORTAL_COUNCIL_ICO_REGISTRATION");

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** WCAG 2.2 AA for normal text: the header's name and links are white on the council's colour. */
    static final double MINIMUM_CONTRAST_WITH_WHITE = 4.5;

    void check(@Observes StartupEvent event, CouncilConfig config) {
        List<String> problems = problems(LaunchMode.current(), config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems));
        }
    }

    static List<String> problems(LaunchMode mode, CouncilConfig config) {
        List<String> problems = new ArrayList<>();
        if (!mode.isDevOrTest()) {
            details(config).forEach((variable, value) -> {
                if (value.isEmpty() || value.get().isBlank()) {
                    problems.add(variable + " is not set");
                }
            });
        }
        colourProblem(config.colour()).ifPresent(problems::add);
        config.logoFile().filter(file -> !file.isBlank() && !Files.isReadable(Path.of(file)))
                .ifPresent(file -> problems.add("PORTAL_COUNCIL_LOGO_FILE names no readable file"));
        return problems;
    }

    private static Map<String, Optional<String>> details(CouncilConfig config) {
        Map<String, Optional<String>> details = new LinkedHashMap<>();
        details.put(REQUIRED.get(0), config.name());
        details.put(REQUIRED.get(1), config.contactEmail());
        details.put(REQUIRED.get(2), config.contactPhone());
        details.put(REQUIRED.get(3), config.address());
        details.put(REQUIRED.get(4), config.dpoEmail());
        details.put(REQUIRED.get(5), config.icoRegistration());
        return details;
    }

    static Optional<String> colourProblem(String colour) {
        if (colour == null || !COLOUR.matcher(colour.trim()).matches()) {
            return Optional.of("PORTAL_COUNCIL_COLOUR is not a colour as #rrggbb");
        }
        double contrast = contrastWithWhite(colour.trim());
        if (contrast < MINIMUM_CONTRAST_WITH_WHITE) {
            return Optional.of(String.format(java.util.Locale.ROOT,
                    "PORTAL_COUNCIL_COLOUR %s has a contrast of %.2f:1 with white text, under 4.5:1", colour.trim(),
                    contrast));
        }
        return Optional.empty();
    }

    /** WCAG's contrast ratio of the colour with white: (1.05) / (its relative luminance + 0.05). */
    static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double linear(int channel) {
        double c = (channel & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
