package org.safeguarding.portal.reporting;

import static org.safeguarding.portal.reporting.CatalogueTable.TOTAL;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.safeguarding.portal.casework.CaseStatus;
import org.safeguarding.portal.casework.Partner;
import org.safeguarding.portal.reporting.CatalogueTable.Rate;
import org.safeguarding.portal.reporting.CatalogueTable.Time;
import org.safeguarding.portal.reporting.disclosure.Additivity;

/**
 * The fixed catalogue of the board's tables (design/disclosure-control.md: "a fixed catalogue of tables"), and the
 * relations between tables of one period that an intruder could use: they share the survivors who came to us in the
 * period, so the survivors' total is the same cell everywhere it appears.
 *
 * <p>Tables the catalogue asks for that need data the portal does not collect yet (area, sex, ethnicity, closure
 * reason, reclassification) are listed in docs/reporting.md.
 */
public final class Catalogue {

    public static final String ALL = "ALL";
    public static final String COUNT = "COUNT";

    public static final CatalogueTable REFERRALS_RECEIVED = new CatalogueTable("referrals-received",
            List.of("SELF", "SOMEONE_ELSE", "NOT_RECORDED"),
            List.of("ADULT_NON_RECENT", "CHILD_AT_RISK", "BOTH", "NOT_SCREENED"), true, true, Time.FLOW,
            Optional.empty(), false, TOTAL);

    public static final CatalogueTable ACKNOWLEDGED = new CatalogueTable("acknowledged-in-time", List.of(ALL),
            List.of("ON_TIME", "LATE", "WAITING"), true, false, Time.FLOW,
            Optional.of(new Rate(List.of("ON_TIME"), List.of("ON_TIME", "LATE"))), false, "ON_TIME");

    public static final CatalogueTable TIME_TO_NAMED_WORKER = new CatalogueTable("time-to-named-worker", List.of(ALL),
            List.of("ASSIGNED"), false, false, Time.FLOW, Optional.empty(), true, "ASSIGNED");

    public static final CatalogueTable OPEN_BY_STATUS = new CatalogueTable("open-cases-by-status",
            Arrays.stream(CaseStatus.values()).filter(s -> s != CaseStatus.CLOSED).map(Enum::name).toList(),
            List.of(COUNT), false, true, Time.STOCK, Optional.empty(), false, COUNT);

    public static final CatalogueTable CHILDREN_BY_RISK = new CatalogueTable("children-by-risk",
            List.of("HIGH", "MEDIUM", "LOW"), List.of(COUNT), false, true, Time.FLOW, Optional.empty(), false, COUNT);

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
            List.of("UNDER_13", "AGE_13_15", "AGE_16_17", "ADULT", "NOT_SAID"), List.of(COUNT), false, true,
            Time.FLOW, Optional.empty(), false, COUNT);

    public static final CatalogueTable FLAGGED_NOTES = new CatalogueTable("notes-flagged", List.of(ALL),
            List.of(COUNT), false, false, Time.FLOW, Optional.empty(), false, COUNT);

    /** Every table, in the order pages and the report show them. */
    public static final List<CatalogueTable> TABLES = List.of(REFERRALS_RECEIVED, ACKNOWLEDGED, TIME_TO_NAMED_WORKER,
            OPEN_BY_STATUS, CHILDREN_BY_RISK, CHARTER, ONWARD_REFERRALS, RE_REFERRALS, AGE_BAND, FLAGGED_NOTES);

    private Catalogue() {
    }

    public static Optional<CatalogueTable> table(String id) {
        return TABLES.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * The relations between tables of one period: the survivors who came to us are one total wherever it appears,
     * and the children by risk level are the referrals' child columns.
     */
    public static List<Additivity> linksWithin(ReportPeriod period) {
        String survivors = REFERRALS_RECEIVED.cell(period, TOTAL, TOTAL);
        return List.of(
                Additivity.same(ACKNOWLEDGED.cell(period, ALL, TOTAL), survivors),
                Additivity.same(RE_REFERRALS.cell(period, ALL, TOTAL), survivors),
                Additivity.same(AGE_BAND.cell(period, TOTAL, COUNT), survivors),
                new Additivity(CHILDREN_BY_RISK.cell(period, TOTAL, COUNT),
                        List.of(REFERRALS_RECEIVED.cell(period, TOTAL, "CHILD_AT_RISK"),
                                REFERRALS_RECEIVED.cell(period, TOTAL, "BOTH"))));
    }
}
