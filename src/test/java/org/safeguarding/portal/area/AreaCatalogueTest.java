package org.safeguarding.portal.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.safeguarding.portal.area.AreaCatalogue.Borough;
import org.safeguarding.portal.area.AreaCatalogue.Locality;
import org.safeguarding.portal.area.AreaCatalogue.Ward;

/** The areas file: the shipped example, what a council's own file must hold, and the answers a survivor may give. */
class AreaCatalogueTest {

    private final AreaCatalogue shipped = new AreaCatalogue(Optional.empty());

    @Test
    void theFileIsReadAtStartSoABrokenOneStopsTheServiceThen() {
        // An application-scoped bean is otherwise built at its first use: a survivor's "About you" would get the 500.
        assertTrue(AreaCatalogue.class.isAnnotationPresent(io.quarkus.runtime.Startup.class));
    }

    @Test
    void theShippedFileIsAnExampleBoroughOfFourLocalitiesInTheFilesOrder() {
        assertTrue(shipped.isExample());
        assertTrue(shipped.borough().name().contains("sample"), "labelled as an example where people see it");
        assertEquals(List.of("L01", "L02", "L03", "L04"), shipped.localities().stream().map(Locality::code).toList());
        assertEquals(18, shipped.wards().size());
        assertEquals("W01", shipped.wards().get(0).code());
        assertEquals("W18", shipped.wards().get(17).code());
        shipped.localities().forEach(l -> assertTrue(l.wards().size() >= 4 && l.wards().size() <= 5));
    }

    @Test
    void wardsAndLocalitiesAreFoundByCode() {
        assertEquals(Optional.of(new Ward("W06", "Fernley")), shipped.ward("W06"));
        assertEquals("East", shipped.localityOfWard("W06").orElseThrow().name());
        assertEquals("South", shipped.locality("L03").orElseThrow().name());
        assertEquals(Optional.empty(), shipped.ward("W99"));
        assertEquals(Optional.empty(), shipped.ward(null));
        assertEquals(Optional.empty(), shipped.locality("W01"), "a ward is not a locality");
    }

    @Test
    void aSurvivorMayAnswerAWardOutsideTheAreaOrRatherNotSayAndNothingElse() {
        assertTrue(shipped.isAnswer("W01"));
        assertTrue(shipped.isAnswer(AreaCatalogue.OUTSIDE_AREA));
        assertTrue(shipped.isAnswer(AreaCatalogue.PREFER_NOT_TO_SAY));
        for (String wrong : new String[] {"W99", "w01", "L01", "X00", "", " W01", null}) {
            assertFalse(shipped.isAnswer(wrong), String.valueOf(wrong));
        }
    }

    @Test
    void aCouncilsOwnFileReplacesTheExample() throws Exception {
        Path file = Files.createTempFile("areas", ".json");
        try {
            Files.writeString(file, "{\"borough\":{\"code\":\"E08000018\",\"name\":\"Rotherham\",\"localities\":"
                    + "[{\"code\":\"LOC1\",\"name\":\"Central\",\"wards\":[{\"code\":\"E05013082\",\"name\":\"Boston "
                    + "Castle\",\"population\":1}]}]}}");
            AreaCatalogue own = new AreaCatalogue(Optional.of(file.toString()));
            assertFalse(own.isExample());
            assertEquals("Rotherham", own.borough().name());
            assertTrue(own.isAnswer("E05013082"));
            assertFalse(own.isAnswer("W01"), "the example's wards are gone");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aFileThatBreaksTheRulesStopsTheServiceAtStart() {
        Ward ward = new Ward("W1", "One");
        List<Locality> one = List.of(new Locality("L1", "Loc", List.of(ward)));
        assertThrows(IllegalStateException.class, () -> catalogue(new Borough("B", "Borough", List.of())));
        assertThrows(IllegalStateException.class, () -> catalogue(new Borough("B", "Borough",
                List.of(new Locality("L1", "Loc", List.of())))));
        assertThrows(IllegalStateException.class, () -> catalogue(new Borough("B", "Borough",
                List.of(new Locality("L1", "Loc", List.of(ward, new Ward("W1", "Again")))))), "a code used twice");
        assertThrows(IllegalStateException.class, () -> catalogue(new Borough("B", "Borough",
                List.of(new Locality("L1", "Loc", List.of(new Ward(AreaCatalogue.OUTSIDE_AREA, "Out")))))),
                "a reserved answer");
        assertThrows(IllegalStateException.class, () -> catalogue(new Borough("B", "Borough",
                List.of(new Locality("L1", "Loc", List.of(new Ward("W1234567890123456", "Long")))))),
                "longer than the column");
        assertThrows(IllegalStateException.class, () -> catalogue(new Borough("B", "", one)), "a name is needed");
        assertEquals(1, catalogue(new Borough("B", "Borough", one)).wards().size());
    }

    private static AreaCatalogue catalogue(Borough borough) {
        return new AreaCatalogue(new AreaCatalogue.AreaFile(borough, false));
    }
}
