package org.safeguarding.portal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.Rows;

/**
 * What the service does at start with the schedule (the same method its start-up observer calls): the version in use
 * is stored once, as published; a file that changes a version already in use is refused, so a disposal's record
 * always names rules that can still be read, and a malformed file is refused before anything is stored.
 */
@QuarkusTest
class RetentionCatalogueTest {

    @Inject
    RetentionCatalogue catalogue;
    @Inject
    DataSource dataSource;

    @Test
    void theVersionInUseIsStoredOnceAsPublished() {
        assertEquals(1, catalogue.current().version());
        catalogue.loadFrom(Optional.empty());
        assertEquals(1, Rows.count(dataSource, "select count(*) from retention_schedule_version where version = 1"));
        assertTrue(Rows.texts(dataSource, "select definition from retention_schedule_version where version = 1")
                .get(0).contains("\"kind\": \"CASE_RECORD\""));
    }

    @Test
    void aFileThatChangesAVersionInUseIsRefused(@TempDir Path folder) throws Exception {
        Path changed = folder.resolve("retention-schedule.json");
        Files.writeString(changed, Files.readString(Path.of("src/main/resources/" + RetentionCatalogue.BUNDLED))
                .replace("\"keep\": \"P75Y\"", "\"keep\": \"P6Y\""));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> catalogue.loadFrom(Optional.of(changed.toString())));
        assertTrue(refused.getMessage().contains("changes retention schedule version 1"), refused.getMessage());
        assertEquals("P75Y", catalogue.current().ruleFor(RecordKind.CASE_RECORD).keep(), "the schedule in force stays");
    }

    @Test
    void aMalformedFileIsRefusedBeforeAnythingIsStored(@TempDir Path folder) throws Exception {
        Path malformed = folder.resolve("retention-schedule.json");
        Files.writeString(malformed, "{\"version\": 9, \"rules\": []}");
        assertThrows(IllegalStateException.class, () -> catalogue.loadFrom(Optional.of(malformed.toString())));
        assertEquals(0, Rows.count(dataSource, "select count(*) from retention_schedule_version where version = 9"));
    }
}
