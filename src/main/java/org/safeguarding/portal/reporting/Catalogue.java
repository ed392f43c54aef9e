package org.safeguarding.portal.reporting;

import static org.safeguarding.portal.reporting.CatalogueTable.TOTAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.safeguarding.portal.intake.referrer.ToldBy;
import org.safeguarding.portal.area.AreaCatalogue;
import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.screening.Classification;
import org.safeguarding.portal.cases.ClosureReason;
import org.safeguarding.portal.onward.Partner;
import org.safeguarding.portal.reporting.CatalogueTable.Rate;
import org.safeguarding.portal.reporting.CatalogueTable.Time;
import org.safeguarding.portal.reporting.disclosure.Additivity;

/**
 * The fixed catalogue of the board's tables (design/disclosure-control.md: "a fixed catalogue of tables"), and the
 * relations between tables of one period that an intruder could use: they share the survivors who came to us in the
 * period, so the survivors' total is the same cell everywhere it appears. The area table's rows come from the
 * council's areas file: localities, each broken down into its wards.
 *
 * <p>Not in the catalogue: referral source beyond "the survivor themselves / someone on their behalf" (whether that
 * someone is a professional is not asked), see docs/reporting.md.
 */
@ApplicationScoped
public class Catalogue {

    public static final String ALL = "ALL";
    public static final String COUNT = "COUNT";
    public static final String NOT_SAID = "NOT_SAID";
    public static final String OUTSIDE_AREA = AreaCatalogue.OUTSIDE_AREA;

    public static final CatalogueTable REFERRALS_RECEIVED = new CatalogueTable("referrals-received",
            List.of("SELF", "SOMEONE_ELSE", "NOT_RECORDED"),
            List.of("ADULT_NON_RECENT", "CHILD_AT_RISK", "BOTH", "NOT_SCREENED"), true, true, Time.FLOW,
            Optional.empty(), false, TOTAL);

    /**
     * Survivors who came to us, by who told us (intake/referrer/ToldBy: the survivor, family or a friend, each kind of
     * professional); NOT_RECORDED for referrals from before the portal asked (V32).
     */
    public static final CatalogueTable WHO_TOLD_US = new CatalogueTable("referrals-by-who-told-us",
            concat(Arrays.stream(ToldBy.values()).map(Enum::name).toList(), "NOT_RECORDED"), List.of(COUNT), false,
            true, Time.FLOW, Optional.empty(), false, COUNT);

    public static final CatalogueTable ACKNOWLEDGED = new CatalogueTable("acknowledged-in-time", List.of(ALL),
            List.of("ON_TIME", "LATE", "WAITING"), true, false, Time.FLOW,
            Optional.of(new Rate(List.of("ON_TIME"), List.of("ON_TIME", "LATE"))), false, "ON_TIME");

    public static final CatalogueTable TIME_TO_NAMED_WORKER = new CatalogueTable("time-to-named-worker", List.of(ALL),
            List.of("ASSIGNED"), false, false, Time.FLOW, Optional.empty(), true, "ASSIGNED");

    public static final CatalogueTable OPEN_BY_STATUS = new CatalogueTable("open-cases-by-status",
            Arrays.stream(CaseStatus.values()).filter(s -> s != CaseStatus.CLOSED && s != CaseStatus.WITHDRAWN).map(Enum::name).toList(),
            List.of(COUNT), false, true, Time.STOCK, Optional.empty(), false, COUNT);

    public static final CatalogueTable CLOSURES_BY_REASON = new CatalogueTable("closures-by-reason",
            concat(Arrays.stream(ClosureReason.values()).map(Enum::name).toList(), "NOT_RECORDED"), List.of(COUNT),
            false, true, Time.FLOW, Optional.empty(), false, COUNT);

    public static final CatalogueTable CHILDREN_BY_RISK = new CatalogueTable("children-by-risk",
            List.of("HIGH", "MEDIUM", "LOW"), List.of(COUNT), false, true, Time.FLOW, Optional.empty(), false, COUNT);

    public static final CatalogueTable CLASSIFICATION = new CatalogueTable("classification-at-screening",
            List.of(ALL), Arrays.stream(Classification.values()).map(Enum::name).toList(), true, false, Time.FLOW,
            Optional.of(new Rate(List.of("OTHER_SEXUAL_ABUSE", "OTHER_HARM", "NO_HARM_IDENTIFIED"),
                    Arrays.stream(Classification.values()).map(Enum::name).toList())),
            false, "EXPLOITATION");

    public static final CatalogueTable CHARTER = new CatalogueTable("charter-on-time",
            List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12"),
            List.of("KEPT", "MISSED", "WAIVED", "RUNNING"), true, false, Time.FLOW,
            Optional.of(new Rate(List.of("KEPT"), List.of("KEPT", "MISSED"))), false, "KEPT");

    public static final CatalogueTable ONWARD_REFERRALS = new CatalogueTable("onward-referrals",
            Arrays.stream(Partner.values()).map(Enum::name).toList(),
            List.of("ACCEPTED", "DECLINED", "WITHDRAWN", "WAITING"), true, false, Time.FLOW,
            Optional.of(new Rate(List.of("ACCEPTED"), List.of("ACCEPTED", "DECLINED", "WITHDRAWN", "WAITING"))), false,
            TOTAL);

    public static final CatalogueTable RE_REFERRALS = new CatalogueTable("re-referrals", List.of(ALL),
            List.of("REFERRED_BEFORE", "FIRST_IN_12_MONTHS"), true, false, Time.FLOW,
            Optional.of(new Rate(List.of("REFERRED_BEFORE"), List.of("REFERRED_BEFORE", "FIRST_IN_12_MONTHS"))), false,
            "REFERRED_BEFORE");

    public static final CatalogueTable AGE_BAND = new CatalogueTable("age-band",
            List.of("UNDER_13", "AGE_13_15", "AGE_16_17", "ADULT", NOT_SAID), List.of(COUNT), false, true,
            Time.FLOW, Optional.empty(), false, COUNT);

    public static final CatalogueTable SEX = new CatalogueTable("sex", List.of("FEMALE", "MALE", NOT_SAID),
            List.of(COUNT), false, true, Time.FLOW, Optional.empty(), false, COUNT);

    public static final List<String> ETHNIC_GROUPS = List.of("ASIAN", "BLACK", "MIXED", "WHITE", "OTHER");

    public static final CatalogueTable ETHNICITY = new CatalogueTable("ethnicity", concat(ETHNIC_GROUPS, NOT_SAID),
            List.of(COUNT), false, true, Time.FLOW, Optional.empty(), false, COUNT);

    public static final CatalogueTable ETHNICITY_RECORDED = new CatalogueTable("ethnicity-recorded", List.of(ALL),
            List.of("RECORDED", "NOT_RECORDED"), true, false, Time.FLOW,
            Optional.of(new Rate(List.of("RECORDED"), List.of("RECORDED", "NOT_RECORDED"))), false, "RECORDED");

    public static final CatalogueTable FLAGGED_NOTES = new CatalogueTable("notes-flagged", List.of(ALL),
            List.of(COUNT), false, false, Time.FLOW, Optional.empty(), false, COUNT);

    public static final String AREA_ID = "area";

    private final CatalogueTable area;
    private final List<CatalogueTable> tables;

    Catalogue(AreaCatalogue areas) {
        List<String> rows = new ArrayList<>();
        Map<String, List<String>> wards = new LinkedHashMap<>();
        for (AreaCatalogue.Locality locality : areas.localities()) {
            rows.add(locality.code());
            wards.put(locality.code(), locality.wards().stream().map(AreaCatalogue.Ward::code).toList());
        }
        rows.add(OUTSIDE_AREA);
        rows.add(NOT_SAID);
        this.area = new CatalogueTable(AREA_ID, rows, List.of(COUNT), false, true, Time.FLOW, Optional.empty(), false,
                COUNT, wards);
        this.tables = List.of(REFERRALS_RECEIVED, WHO_TOLD_US, ACKNOWLEDGED, TIME_TO_NAMED_WORKER, OPEN_BY_STATUS,
                CLOSURES_BY_REASON, CHILDREN_BY_RISK, CLASSIFICATION, CHARTER, ONWARD_REFERRALS, RE_REFERRALS,
                AGE_BAND, SEX, ETHNICITY, ETHNICITY_RECORDED, area, FLAGGED_NOTES);
    }

    /** Every table, in the order pages and the report show them. */
    public List<CatalogueTable> tables() {
        return tables;
    }

    public CatalogueTable area() {
        return area;
    }

    public Optional<CatalogueTable> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * The relations between tables of one period: the survivors who came to us are one total wherever it appears,
     * the survivors who told us themselves are one cell in both tables of who told us,
     * the children by risk level are the referrals' child columns, the ethnicity recorded is the sum of the groups.
     */
    public List<Additivity> linksWithin(ReportPeriod period) {
        String survivors = REFERRALS_RECEIVED.cell(period, TOTAL, TOTAL);
        List<Additivity> links = new ArrayList<>(List.of(
                Additivity.same(WHO_TOLD_US.cell(period, TOTAL, COUNT), survivors),
                Additivity.same(WHO_TOLD_US.cell(period, ToldBy.SURVIVOR.name(), COUNT),
                        REFERRALS_RECEIVED.cell(period, "SELF", TOTAL)),
                Additivity.same(ACKNOWLEDGED.cell(period, ALL, TOTAL), survivors),
                Additivity.same(RE_REFERRALS.cell(period, ALL, TOTAL), survivors),
                Additivity.same(AGE_BAND.cell(period, TOTAL, COUNT), survivors),
                Additivity.same(SEX.cell(period, TOTAL, COUNT), survivors),
                Additivity.same(ETHNICITY.cell(period, TOTAL, COUNT), survivors),
                Additivity.same(ETHNICITY_RECORDED.cell(period, ALL, TOTAL), survivors),
                Additivity.same(area.cell(period, TOTAL, COUNT), survivors),
                new Additivity(ETHNICITY_RECORDED.cell(period, ALL, "RECORDED"),
                        ETHNIC_GROUPS.stream().map(g -> ETHNICITY.cell(period, g, COUNT)).toList()),
                Additivity.same(ETHNICITY_RECORDED.cell(period, ALL, "NOT_RECORDED"),
                        ETHNICITY.cell(period, NOT_SAID, COUNT)),
                new Additivity(CHILDREN_BY_RISK.cell(period, TOTAL, COUNT),
                        List.of(REFERRALS_RECEIVED.cell(period, TOTAL, "CHILD_AT_RISK"),
                                REFERRALS_RECEIVED.cell(period, TOTAL, "BOTH")))));
        area.children().forEach((locality, wards) -> links.add(new Additivity(area.cell(period, locality, COUNT),
                wards.stream().map(w -> area.cell(period, w, COUNT)).toList())));
        return links;
    }

    private static List<String> concat(List<String> keys, String last) {
        List<String> all = new ArrayList<>(keys);
        all.add(last);
        return List.copyOf(all);
    }
}
