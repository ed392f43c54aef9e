package org.safeguarding.portal.web.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.LaunchMode;

/** Production does not start without the council's name and contact details, nor with a colour white text fails on. */
class CouncilGuardTest {

    record Settings(Optional<String> name, Optional<String> contactEmail, Optional<String> contactPhone,
            Optional<String> address, Optional<String> dpoEmail, Optional<String> icoRegistration,
            Optional<String> logoFile, String colour) implements CouncilConfig {
    }

    static Settings complete() {
        return new Settings(Optional.of("Exampleton Borough Council"), Optional.of("portal@council.example"),
                Optional.of("01632 960000"), Optional.of("1 Example Street"), Optional.of("dpo@council.example"),
                Optional.of("Z0000000"), Optional.empty(), "#1d70b8");
    }

    @Test
    void productionStartsWithEveryDetail() {
        assertEquals(List.of(), CouncilGuard.problems(LaunchMode.NORMAL, complete()));
    }

    @Test
    void productionRefusesToStartWithoutEachDetailNamingItsVariable() {
        Settings none = new Settings(Optional.empty(), Optional.empty(), Optional.of(" "), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "#1d70b8");
        List<String> expected = new ArrayList<>();
        CouncilGuard.REQUIRED.forEach(variable -> expected.add(variable + " is not set"));
        assertEquals(expected, CouncilGuard.problems(LaunchMode.NORMAL, none));
        assertEquals(6, CouncilGuard.REQUIRED.size());
    }

    @Test
    void devAndTestsNeedNoCouncil() {
        Settings none = new Settings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "#1d70b8");
        assertEquals(List.of(), CouncilGuard.problems(LaunchMode.DEVELOPMENT, none));
        assertEquals(List.of(), CouncilGuard.problems(LaunchMode.TEST, none));
    }

    @Test
    void aColourWhiteTextCannotBeReadOnIsRefusedInEveryMode() {
        assertEquals(Optional.empty(), CouncilGuard.colourProblem("#1d70b8"));
        assertEquals(Optional.empty(), CouncilGuard.colourProblem("#0b0c0c"));
        assertTrue(CouncilGuard.colourProblem("#ffdd00").orElseThrow().contains("under 4.5:1"));
        assertTrue(CouncilGuard.colourProblem("#767676").isEmpty(), "grey #767676 is 4.54:1 with white");
        assertTrue(CouncilGuard.colourProblem("#777777").isPresent(), "grey #777777 is 4.48:1 with white");
        assertTrue(CouncilGuard.colourProblem("blue").orElseThrow().contains("#rrggbb"));
        Settings yellow = new Settings(complete().name(), complete().contactEmail(), complete().contactPhone(),
                complete().address(), complete().dpoEmail(), complete().icoRegistration(), Optional.empty(), "#ffdd00");
        assertEquals(1, CouncilGuard.problems(LaunchMode.TEST, yellow).size());
    }

    @Test
    void aLogoFileThatIsNotThereIsRefused() {
        Settings missing = new Settings(complete().name(), complete().contactEmail(), complete().contactPhone(),
                complete().address(), complete().dpoEmail(), complete().icoRegistration(),
                Optional.of("/no/such/logo.svg"), "#1d70b8");
        assertEquals(List.of("PORTAL_COUNCIL_LOGO_FILE names no readable file"),
                CouncilGuard.problems(LaunchMode.NORMAL, missing));
    }

    @Test
    void theGovukOnlyTypefaceIsTakenOutOfGovukFrontendsStylesheet() {
        String css = "@font-face{font-family:GDS Transport;src:url(/assets/fonts/light.woff2)}"
                + ".govuk-body{font-family:GDS Transport,arial,sans-serif}.x{font-family:GDS Transport}";
        assertEquals(".govuk-body{font-family:arial,sans-serif}.x{font-family:arial,sans-serif}",
                CouncilAssets.withoutGovukOnlyAssets(css));
    }
}
