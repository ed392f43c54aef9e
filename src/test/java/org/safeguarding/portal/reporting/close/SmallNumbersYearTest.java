package org.safeguarding.portal.reporting.close;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.portal.reporting.Catalogue;
import org.safeguarding.portal.reporting.PublishedTable;
import org.safeguarding.portal.reporting.Release;
import org.safeguarding.portal.reporting.ReportPeriod;
import org.safeguarding.portal.reporting.ReportStore;
import org.safeguarding.portal.reporting.disclosure.DisclosurePolicy;
import org.safeguarding.portal.reporting.disclosure.DisclosureVerifier;
import org.safeguarding.portal.reporting.disclosure.Table;
import org.safeguarding.portal.reporting.disclosure.Verification;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A whole year of a small service's records (a few, dozens or a hundred survivors a month, with random answers, wards
 * and screenings), closed as the job would: every month, every quarter, the year, then the re-base. Every close must
 * pass, and then the year's first releases, and then its re-based releases, are each checked again together, by the
 * verifier alone, from what was stored: the twelve months, four quarters and the year as one system of equations,
 * with every cell hidden that any of them hid.
 * This is the differencing check across releases, made without the suppression's code.
 *
 * <p>A slow proof (about two minutes on two cores, nearly all of it the 2023 re-base's exact simplex in
 * {@code PeriodClose.rebase}; the test's own inserts and checks take seconds): it runs on CI ({@code CI} set, as
 * .ci/run does) and with {@code ./mvnw verify -Pslow-proofs}, not in a plain local {@code ./mvnw verify}.
 */
@QuarkusTest
@Tag("slow")
class SmallNumbersYearTest {

    private static final String[] WARDS = { "W01", "W02", "W03", "W05", "W06", "W10", "W11", "W14", "OUTSIDE_AREA",
            "PREFER_NOT_TO_SAY", null };
    private static final String[] ETHNICITIES = { "WHITE", "ASIAN", "BLACK", "MIXED", null, "PREFER_NOT_TO_SAY" };
    private static final String[] AGES = { "UNDER_13", "AGE_13_15", "AGE_16_17", "ADULT", null };

    @Inject
    DataSource dataSource;
    @Inject
    PeriodClose close;
    @Inject
    Catalogue catalogue;
    @Inject
    ReportStore store;
    @Inject
    ReleaseWriter releases;

    @ParameterizedTest
    @CsvSource({ "2023, 15, 1", "2024, 40, 2", "2025, 110, 3" })
    void aYearOfSmallNumbersClosesAndItsReleasesTogetherRevealNothing(int year, int perMonth, long seed)
            throws Exception {
        Synthetic data = new Synthetic(dataSource);
        Random random = new Random(seed);
        for (int month = 1; month <= 12; month++) {
            int count = perMonth / 2 + random.nextInt(perMonth);
            for (int i = 0; i < count; i++) {
                Instant at = Instant.parse(String.format("%d-%02d-%02dT10:00:00Z", year, month, 1 + random.nextInt(27)));
                UUID id = data.survivor("year-" + year + "-" + UUID.randomUUID(), at,
                        random.nextBoolean() ? "SELF" : "SOMEONE_ELSE", AGES[random.nextInt(AGES.length)],
                        "SUBMITTED", random.nextBoolean() ? "FEMALE" : random.nextBoolean() ? "MALE" : null,
                        ETHNICITIES[random.nextInt(ETHNICITIES.length)], WARDS[random.nextInt(WARDS.length)]);
                if (random.nextInt(3) > 0) {
                    data.screening(id, at.plusSeconds(86_400), random.nextBoolean() ? "CHILD_AT_RISK" : "ADULT_NON_RECENT",
                            List.of("LOW", "MEDIUM", "HIGH").get(random.nextInt(3)),
                            random.nextInt(5) == 0 ? "NO_HARM_IDENTIFIED" : "EXPLOITATION");
                }
                if (random.nextInt(4) == 0) {
                    data.onwardReferral(id, "ISVA", at.plusSeconds(172_800),
                            random.nextBoolean() ? "ACCEPTED" : "PROPOSED");
                }
            }
        }
        Instant asOf = Instant.parse((year + 1) + "-02-01T00:00:00Z");
        for (ReportPeriod quarter : ReportPeriod.year(year).parts()) {
            for (ReportPeriod month : quarter.parts()) {
                close.close(month, asOf);
            }
            close.close(quarter, asOf);
        }
        close.close(ReportPeriod.year(year), asOf);
        assertTrue(close.rebase(year, Instant.parse((year + 1) + "-07-01T00:00:00Z")));

        for (Release release : List.of(Release.FIRST, Release.REBASE)) {
            Verification verdict = new DisclosureVerifier(DisclosurePolicy.STANDARD).verify(system(year, release),
                    hiddenIn(year, release));
            assertTrue(verdict.passed(), () -> release + " of " + year + " together: " + verdict.findings());
        }
        for (ReportPeriod period : periodsOf(year)) {
            for (String body : store.tableBodies(period)) {
                PublishedTable table = store.read(body);
                for (int c = 0; c < table.columns().size(); c++) {
                    String unit = table.columns().get(c).unit();
                    for (PublishedTable.Row row : table.rows()) {
                        Object cell = row.cells().get(c);
                        boolean count = !unit.equals("percent") && !unit.equals("working days");
                        assertTrue(!count || !(cell instanceof Number n) || n.longValue() == 0 || n.longValue() >= 10,
                                period + " " + table.table() + " " + row.key() + " shows " + cell);
                    }
                }
            }
        }
    }

    /** A release's true counts, months, quarters and year, with every relation, rebuilt from the bases. */
    private Table system(int year, Release release) {
        Table.Builder builder = Table.builder();
        for (ReportPeriod period : periodsOf(year)) {
            PeriodSystem.addPeriod(catalogue, builder, period, releases.basis(period, release).counts());
            if (!period.parts().isEmpty()) {
                PeriodSystem.addTimeLinks(catalogue, builder, period);
            }
        }
        return builder.build();
    }

    private Set<String> hiddenIn(int year, Release release) {
        Set<String> hidden = new LinkedHashSet<>();
        for (ReportPeriod period : periodsOf(year)) {
            hidden.addAll(releases.basis(period, release).hidden());
        }
        return hidden;
    }

    private static List<ReportPeriod> periodsOf(int year) {
        List<ReportPeriod> periods = new ArrayList<>();
        for (ReportPeriod quarter : ReportPeriod.year(year).parts()) {
            periods.addAll(quarter.parts());
            periods.add(quarter);
        }
        periods.add(ReportPeriod.year(year));
        return periods;
    }
}
