package org.safeguarding.portal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.safeguarding.portal.retention.RecordKind.Disposal;

/**
 * The schedule file is checked in full before the service starts (RetentionCatalogue.load parses it with
 * {@link RetentionSchedule#parse}): a malformed file, a kind without a rule, a rule from the wrong event or with a
 * disposal the kind does not allow is refused, with words that say what is wrong.
 */
class RetentionScheduleTest {

    private static final String BUNDLED = "src/main/resources/" + RetentionCatalogue.BUNDLED;

    @Test
    void theBundledScheduleGivesEveryKindOfRecordItsRule() throws IOException {
        RetentionSchedule schedule = RetentionSchedule.parse(Files.readAllBytes(Path.of(BUNDLED)), BUNDLED);
        assertEquals(RecordKind.values().length, schedule.rules().size());
        assertEquals("P75Y", schedule.ruleFor(RecordKind.CASE_RECORD).keep());
        assertEquals(Disposal.LEAD_APPROVAL, schedule.ruleFor(RecordKind.CASE_RECORD).disposal());
        assertEquals("P30D", schedule.ruleFor(RecordKind.INTAKE_DRAFT).keep());
        assertEquals("PT24H", schedule.ruleFor(RecordKind.ATTEMPT_WINDOW).keep());
        assertTrue(schedule.ruleFor(RecordKind.BOARD_RELEASE).forever());
        assertTrue(schedule.ruleFor(RecordKind.AUDIT_TRAIL).forever(), "the sealed audit trail is kept");
    }

    @Test
    void periodsInYearsRunByTheCalendar() throws IOException {
        RetentionSchedule.Rule rule = bundled().ruleFor(RecordKind.CASE_RECORD);
        Instant closed = Instant.parse("2026-02-28T10:00:00Z");
        assertEquals(Instant.parse("2101-02-28T10:00:00Z"), rule.dueAt(closed));
        assertEquals(closed, rule.cutoff(Instant.parse("2101-02-28T10:00:00Z")));
        assertEquals(Instant.parse("2026-12-06T09:00:00Z"), bundled().ruleFor(RecordKind.ATTEMPT_WINDOW)
                .cutoff(Instant.parse("2026-12-07T09:00:00Z")));
    }

    @Test
    void aScheduleThatLeavesAKindWithoutARuleIsRefused() throws IOException {
        String without = bundledText().replaceFirst("(?s)\\{\\s*\"kind\": \"STAFF_DIRECTORY\".*?\\},\\s*", "");
        IllegalStateException refused = refused(without);
        assertTrue(refused.getMessage().contains("no rule for [STAFF_DIRECTORY]"), refused.getMessage());
    }

    @Test
    void malformedSchedulesAreRefused() throws IOException {
        assertTrue(refused("{ not json").getMessage().contains("not a valid retention schedule"));
        assertTrue(refused(bundledText().replace("\"keep\": \"P30D\"", "\"keep\": \"thirty days\""))
                .getMessage().contains("keep is not a period"));
        assertTrue(refused(bundledText().replace("\"keep\": \"P30D\"", "\"keep\": \"P-30D\"")).getMessage()
                .contains("negative"));
        assertTrue(refused(bundledText().replace("\"keep\": \"P30D\"", "\"kepe\": \"P30D\"")).getMessage()
                .contains("not a valid retention schedule"), "a misspelt field is not silently dropped");
        assertTrue(refused(bundledText().replace("\"from\": \"LAST_CHANGE\"", "\"from\": \"CASE_LAST_CLOSED\""))
                .getMessage().contains("INTAKE_DRAFT runs from LAST_CHANGE"));
        assertTrue(refused(bundledText().replace("\"version\": 1,", "\"version\": 0,")).getMessage()
                .contains("version"));
    }

    @Test
    void aKindIsDisposedOfOnlyAsItAllows() throws IOException {
        String auditByHousekeeping = bundledText().replaceFirst(
                "(?s)(\"kind\": \"AUDIT_TRAIL\".*?)\"keep\": \"FOREVER\"(.*?)\"disposal\": \"NEVER\"",
                "$1\"keep\": \"P75Y\"$2\"disposal\": \"HOUSEKEEPING\"");
        assertTrue(refused(auditByHousekeeping).getMessage().contains("AUDIT_TRAIL may be disposed of by"));
        String casesByHousekeeping = bundledText().replace("\"disposal\": \"LEAD_APPROVAL\"",
                "\"disposal\": \"HOUSEKEEPING\"");
        assertTrue(refused(casesByHousekeeping).getMessage().contains("CASE_RECORD may be disposed of by"),
                "a case is never destroyed without a lead's approval");
        String foreverWithAPeriod = bundledText().replace("\"disposal\": \"LEAD_APPROVAL\"", "\"disposal\": \"NEVER\"");
        assertTrue(refused(foreverWithAPeriod).getMessage().contains("FOREVER exactly when"));
    }

    @Test
    void aCouncilsOwnFileIsReadFromItsPath(@TempDir Path folder) throws IOException {
        Path own = folder.resolve("schedule.json");
        Files.writeString(own, bundledText().replace("\"keep\": \"P30D\"", "\"keep\": \"P14D\""));
        RetentionSchedule schedule = RetentionSchedule.parse(RetentionCatalogue.read(Optional.of(own.toString())),
                own.toString());
        assertEquals("P14D", schedule.ruleFor(RecordKind.INTAKE_DRAFT).keep());
        assertThrows(IllegalStateException.class, () -> RetentionCatalogue.read(Optional.of(folder.resolve("none")
                .toString())));
    }

    private static IllegalStateException refused(String text) {
        return assertThrows(IllegalStateException.class,
                () -> RetentionSchedule.parse(text.getBytes(StandardCharsets.UTF_8), "test"));
    }

    private static RetentionSchedule bundled() throws IOException {
        return RetentionSchedule.parse(Files.readAllBytes(Path.of(BUNDLED)), BUNDLED);
    }

    private static String bundledText() throws IOException {
        return Files.readString(Path.of(BUNDLED));
    }
}
