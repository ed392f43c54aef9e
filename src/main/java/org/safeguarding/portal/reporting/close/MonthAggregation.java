package org.safeguarding.portal.reporting.close;

import static org.safeguarding.portal.reporting.CatalogueTable.TOTAL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.safeguarding.portal.reporting.Catalogue;
import org.safeguarding.portal.reporting.CatalogueTable;
import org.safeguarding.portal.reporting.ReportPeriod;
import org.safeguarding.portal.core.WorkingCalendar;

/**
 * A month's true counts for every catalogue table, aggregated in SQL over distinct survivors (GROUPING SETS give the
 * margins, counted distinct on their own; {@code Table} then refuses the month if they do not add up, which would
 * mean a survivor was counted twice).
 *
 * <p>Who is counted, and when: a survivor counts in the month of their first referral of the calendar year, with what
 * that referral said and what the hub has since recorded on its case (its latest screening, its first promise), as
 * known when the month closes; so a quarter is exactly the sum of its months. Survivors whose latest answer on being
 * counted in statistics is anything but "yes" are left out everywhere (their number is noted). Promises are counted
 * one by one in the month they fell due, and notes in the month they were written.
 */
@ApplicationScoped
public class MonthAggregation {

    /**
     * Survivors who asked not to be counted: their latest answer on STATISTICS, on any of their cases, as known at the
     * close, is not yes. Found once per close (a quarter's or a year's months share it) into a temporary table, from
     * the few answers that are not yes (a partial index), instead of looking up every counted row's survivor's
     * answers in every statement (at 1,000,000 cases about 0.7 s of each month's open cases alone).
     */
    static final List<String> NOT_COUNTED = List.of(
            "drop table if exists pg_temp.not_counted",
            "create temporary table not_counted (owner text primary key) on commit drop",
            """
            insert into not_counted
            select distinct oc.owner_subject
              from consent_record cr join survivor_case oc on oc.id = cr.case_id
             where cr.purpose = 'STATISTICS' and cr.decision <> 'GRANTED' and cr.recorded_at < :asOf
               and (select l.decision from consent_record l join survivor_case lc on lc.id = l.case_id
                     where lc.owner_subject = oc.owner_subject and l.purpose = 'STATISTICS'
                       and l.recorded_at < :asOf
                     order by l.recorded_at desc limit 1) <> 'GRANTED'""",
            "analyze not_counted");

    /** Whether the survivor named by the column {@code %s} may be counted. */
    private static final String COUNTED = "not exists (select 1 from not_counted nc where nc.owner = %s)";

    /**
     * The month's newcomers, found once and kept for the month's statements in a temporary table (dropped at commit;
     * dropped first, as a quarter's close aggregates its three months in one transaction): each survivor whose
     * first referral of the year fell in the month, found from the month's referrals and the survivor's own earlier
     * ones (an index look-up each) rather than from every referral of the year to date, with what is known of its
     * case (latest screening, first acknowledgement promise) and whether the survivor may be counted. Ten tables
     * read it; building it in each was most of a month's time at 1,000,000 cases.
     */
    static final List<String> NEWCOMERS = List.of(
            "drop table if exists pg_temp.month_newcomers",
            """
            create temporary table month_newcomers (
                owner text not null, case_id uuid not null, submitted_at timestamptz not null, subject text,
                age_at_harm text, sex text, ethnicity text, ward text, subject_type text, risk text, c1_status text,
                told_by text, counted boolean not null) on commit drop""",
            """
            insert into month_newcomers
            select f.owner_subject, f.case_id, f.submitted_at, f.subject, f.age_at_harm, f.sex, f.ethnicity, f.ward,
                   s.subject_type, s.risk, c1.status, f.told_by, %s
              from (select distinct on (r.owner_subject) r.owner_subject, r.case_id, r.submitted_at, r.subject,
                           r.age_at_harm, r.sex, r.ethnicity, r.ward, r.told_by
                      from referral r
                     where r.submitted_at >= :start and r.submitted_at < :end
                       and not exists (select 1 from referral e
                                        where e.owner_subject = r.owner_subject
                                          and e.submitted_at >= :yearStart and e.submitted_at < :start)
                     order by r.owner_subject, r.submitted_at, r.id) f
              left join lateral (select x.subject_type, x.risk from case_screening x
                                  where x.case_id = f.case_id and x.screened_at < :asOf
                                  order by x.screened_at desc limit 1) s on true
              left join lateral (select ci.status from commitment_instance ci
                                  where ci.case_id = f.case_id and ci.commitment_id = 'C1'
                                  order by ci.started_at limit 1) c1 on true""".formatted(
                    COUNTED.formatted("f.owner_subject")),
            "analyze month_newcomers");

    /** The transaction's resource naming the close time the not-counted table was built for. */
    private static final String NOT_COUNTED_AS_OF = MonthAggregation.class.getName() + ".notCountedAsOf";

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transaction;
    private final WorkingCalendar calendar;
    private final Catalogue catalogue;

    MonthAggregation(EntityManager em, TransactionSynchronizationRegistry transaction, WorkingCalendar calendar,
            Catalogue catalogue) {
        this.em = em;
        this.transaction = transaction;
        this.calendar = calendar;
        this.catalogue = catalogue;
    }

    /**
     * The month's true counts, as known at {@code asOf}; in the caller's transaction, where the temporary tables
     * live (the not-counted survivors are found once for all the months a close aggregates at the same time).
     */
    public PeriodCounts aggregate(ReportPeriod month, Instant asOf) {
        if (month.grain() != org.safeguarding.portal.reporting.disclosure.query.PeriodGrain.MONTH) {
            throw new IllegalArgumentException("months are aggregated from records; longer periods from their months");
        }
        if (!asOf.equals(transaction.getResource(NOT_COUNTED_AS_OF))) {
            NOT_COUNTED.forEach(sql -> query(sql, month, asOf).executeUpdate());
            transaction.putResource(NOT_COUNTED_AS_OF, asOf);
        }
        NEWCOMERS.forEach(sql -> query(sql, month, asOf).executeUpdate());
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        for (Statement statement : statements()) {
            grouped(counts, month, statement, asOf);
        }
        // Wards are counted; a locality is the sum of its wards (each survivor lives in one).
        catalogue.area().children().forEach((locality, wards) -> counts.put(
                catalogue.area().cell(month, locality, Catalogue.COUNT),
                wards.stream().mapToLong(w -> counts.get(catalogue.area().cell(month, w, Catalogue.COUNT))).sum()));

        List<Long> daysToWorker = daysToNamedWorker(month, asOf);
        counts.put(Catalogue.TIME_TO_NAMED_WORKER.cell(month, Catalogue.ALL, "ASSIGNED"), (long) daysToWorker.size());
        samples.put(Catalogue.TIME_TO_NAMED_WORKER.sampleKey(Catalogue.ALL), daysToWorker);

        long leftOut = ((Number) query(LEFT_OUT, month, asOf).getSingleResult()).longValue();
        return new PeriodCounts(counts, samples, leftOut);
    }

    /** One statement of the month's aggregation: the table it fills and its rows (owner, r, c), grouped. */
    record Statement(CatalogueTable table, String sql) {
    }

    /**
     * The statements {@link #aggregate} sends for a month after {@link #NOT_COUNTED} and {@link #NEWCOMERS}, each
     * with its grouping sets, in order; named parameters {@code :yearStart}, {@code :start}, {@code :end} and
     * {@code :asOf}. The reporting benchmark runs these same statements raw over JDBC.
     */
    List<Statement> statements() {
        List<Statement> all = new ArrayList<>();
        String newcomers = "(select * from month_newcomers where counted)";

        all.add(grouped(Catalogue.REFERRALS_RECEIVED, """
                select owner, coalesce(subject, 'NOT_RECORDED') as r, coalesce(subject_type, 'NOT_SCREENED') as c
                  from %s n""".formatted(newcomers)));
        // Rows refine referrals-received's: an account about the sender is the survivor's own whatever told_by says
        // (before V32 it said nothing), so "the survivor themselves" is one cell in both tables (Catalogue.linksWithin)
        // and the verified suppression sees the equation an intruder could solve between them.
        all.add(grouped(Catalogue.WHO_TOLD_US, """
                select owner, case when subject = 'SELF' then 'SURVIVOR'
                                   when subject = 'SOMEONE_ELSE' and told_by <> 'SURVIVOR' then told_by
                                   else 'NOT_RECORDED' end as r, 'COUNT' as c
                  from %s n""".formatted(newcomers)));
        all.add(grouped(Catalogue.ACKNOWLEDGED, """
                select owner, 'ALL' as r,
                       case c1_status when 'MET' then 'ON_TIME' when 'MISSED' then 'LATE' else 'WAITING' end as c
                  from %s n""".formatted(newcomers)));
        all.add(grouped(Catalogue.CHILDREN_BY_RISK, """
                select owner, risk as r, 'COUNT' as c from %s n
                 where subject_type in ('CHILD_AT_RISK', 'BOTH')""".formatted(newcomers)));
        all.add(grouped(Catalogue.AGE_BAND, """
                select owner, case when age_at_harm in ('UNDER_13', 'AGE_13_15', 'AGE_16_17', 'ADULT')
                                   then age_at_harm else 'NOT_SAID' end as r, 'COUNT' as c
                  from %s n""".formatted(newcomers)));
        all.add(grouped(Catalogue.RE_REFERRALS, """
                select owner, 'ALL' as r,
                       case when exists (select 1 from referral e
                                          where e.owner_subject = n.owner and e.submitted_at < n.submitted_at
                                            and e.submitted_at >= n.submitted_at - interval '12 months')
                            then 'REFERRED_BEFORE' else 'FIRST_IN_12_MONTHS' end as c
                  from %s n""".formatted(newcomers)));
        all.add(grouped(Catalogue.SEX, """
                select owner, case when sex in ('FEMALE', 'MALE') then sex else 'NOT_SAID' end as r, 'COUNT' as c
                  from %s n""".formatted(newcomers)));
        String groups = "'" + String.join("', '", Catalogue.ETHNIC_GROUPS) + "'";
        all.add(grouped(Catalogue.ETHNICITY, """
                select owner, case when ethnicity in (%s) then ethnicity else 'NOT_SAID' end as r, 'COUNT' as c
                  from %s n""".formatted(groups, newcomers)));
        all.add(grouped(Catalogue.ETHNICITY_RECORDED, """
                select owner, 'ALL' as r, case when ethnicity in (%s) then 'RECORDED' else 'NOT_RECORDED' end as c
                  from %s n""".formatted(groups, newcomers)));
        // Wards are counted; a locality is the sum of its wards (aggregate), each survivor living in one.
        all.add(grouped(catalogue.area(), """
                select owner, case when ward is null or ward = 'PREFER_NOT_TO_SAY' then 'NOT_SAID' else ward end as r,
                       'COUNT' as c
                  from %s n""".formatted(newcomers)));
        all.add(grouped(Catalogue.CLOSURES_BY_REASON, """
                select distinct on (sc.owner_subject) sc.owner_subject as owner,
                       coalesce(x.closure_reason, 'NOT_RECORDED') as r, 'COUNT' as c
                  from case_status_change x join survivor_case sc on sc.id = x.case_id
                 where x.to_status = 'CLOSED' and x.changed_at >= :start and x.changed_at < :end
                   and %s and %s
                 order by sc.owner_subject, x.changed_at, x.id""".formatted(
                noneEarlierThisYear("case_status_change", "changed_at", "y.to_status = 'CLOSED'"),
                COUNTED.formatted("sc.owner_subject"))));
        all.add(grouped(Catalogue.CLASSIFICATION, """
                select owner, 'ALL' as r, latest.classification as c
                  from (select distinct on (sc.owner_subject) sc.owner_subject as owner, x.case_id
                          from case_screening x join survivor_case sc on sc.id = x.case_id
                         where x.screened_at >= :start and x.screened_at < :end
                           and %s and %s
                         order by sc.owner_subject, x.screened_at, x.id) firsts
                  join lateral (select y.classification from case_screening y
                                 where y.case_id = firsts.case_id and y.screened_at < :asOf
                                 order by y.screened_at desc limit 1) latest on true""".formatted(
                noneEarlierThisYear("case_screening", "screened_at", "true"), COUNTED.formatted("sc.owner_subject"))));
        // A case open at the month's end is open now or was closed (or withdrawn by the survivor) after that end (every move is recorded in
        // case_status_change as the case's status changes, CaseWorkflowService), so only those cases' histories are
        // read, not every case's since the service began (at 1,000,000 cases: ~60,000 look-ups instead of ~780,000).
        all.add(grouped(Catalogue.OPEN_BY_STATUS, """
                select owner, status as r, 'COUNT' as c
                  from (select distinct on (sc.owner_subject) sc.owner_subject as owner,
                               coalesce(st.to_status, 'SUBMITTED') as status
                          from (select s.id, s.owner_subject, s.opened_at from survivor_case s
                                 where s.status not in ('CLOSED', 'WITHDRAWN') and s.opened_at < :end
                                union all
                                select s.id, s.owner_subject, s.opened_at
                                  from case_status_change z join survivor_case s on s.id = z.case_id
                                 where z.to_status in ('CLOSED', 'WITHDRAWN') and z.changed_at >= :end
                                   and s.status in ('CLOSED', 'WITHDRAWN') and s.opened_at < :end) sc
                          left join lateral (select x.to_status from case_status_change x
                                              where x.case_id = sc.id and x.changed_at < :end
                                              order by x.changed_at desc limit 1) st on true
                         where coalesce(st.to_status, 'SUBMITTED') not in ('CLOSED', 'WITHDRAWN')
                         order by sc.owner_subject, sc.opened_at desc) open_cases
                 where %s""".formatted(COUNTED.formatted("open_cases.owner"))));
        all.add(grouped(Catalogue.CHARTER, """
                select ci.id as owner, ci.commitment_id as r,
                       case ci.status when 'MET' then 'KEPT' when 'MISSED' then 'MISSED' when 'WAIVED' then 'WAIVED'
                                      else 'RUNNING' end as c
                  from commitment_instance ci join survivor_case sc on sc.id = ci.case_id
                 where ci.due_at >= :start and ci.due_at < :end and ci.status <> 'ENDED'
                   and %s""".formatted(COUNTED.formatted("sc.owner_subject"))));
        all.add(grouped(Catalogue.ONWARD_REFERRALS, """
                select distinct on (sc.owner_subject, o.partner) sc.owner_subject as owner, o.partner as r,
                       case o.status when 'ACCEPTED' then 'ACCEPTED' when 'DONE' then 'ACCEPTED'
                                     when 'DECLINED' then 'DECLINED' when 'WITHDRAWN' then 'WITHDRAWN'
                                     else 'WAITING' end as c
                  from onward_referral o join survivor_case sc on sc.id = o.case_id
                 where o.proposed_at >= :start and o.proposed_at < :end
                   and %s and %s
                 order by sc.owner_subject, o.partner, o.proposed_at, o.id""".formatted(
                noneEarlierThisYear("onward_referral", "proposed_at", "y.partner = o.partner"),
                COUNTED.formatted("sc.owner_subject"))));
        all.add(grouped(Catalogue.FLAGGED_NOTES, """
                select v.id as owner, 'ALL' as r, 'COUNT' as c
                  from case_note_version v join case_note n on n.id = v.note_id
                  join survivor_case sc on sc.id = n.case_id
                 where v.flagged_terms is not null and v.written_at >= :start and v.written_at < :end
                   and %s""".formatted(COUNTED.formatted("sc.owner_subject"))));

        return all;
    }

    /**
     * A survivor's first closure, screening, named worker or referral to a partner of the year is a row of the month
     * ({@code sc} its case) with no row of {@code table} like it ({@code alike}, over {@code y}) on any of the
     * survivor's cases earlier in the year: an index look-up per row of the month, not a scan of the year to date.
     */
    private static String noneEarlierThisYear(String table, String time, String alike) {
        return """
                not exists (select 1 from survivor_case oc join %1$s y on y.case_id = oc.id
                             where oc.owner_subject = sc.owner_subject and %3$s
                               and y.%2$s >= :yearStart and y.%2$s < :start)""".formatted(table, time, alike);
    }

    /** The survivors given a named worker this month for the first time this year: submission and assignment. */
    static final String NAMED_WORKER = """
            select distinct on (sc.owner_subject) ci.started_at, ci.met_at
              from commitment_instance ci join survivor_case sc on sc.id = ci.case_id
             where ci.commitment_id = 'C2' and ci.met_at >= :start and ci.met_at < :end
               and %s and %s
             order by sc.owner_subject, ci.met_at, ci.id""".formatted(
                    noneEarlierThisYear("commitment_instance", "met_at", "y.commitment_id = 'C2'"),
                    COUNTED.formatted("sc.owner_subject"));

    /** How many newcomers of the month are left out because they said no to being counted. */
    static final String LEFT_OUT = "select count(*) from month_newcomers where not counted";

    /**
     * Working days from a survivor's submission to their named worker, for survivors given one this month for the
     * first time this year (the second promise, C2, is kept or done late by the assignment).
     */
    private List<Long> daysToNamedWorker(ReportPeriod month, Instant asOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(NAMED_WORKER, month, asOf)
                .getResultList();
        List<Long> days = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            days.add(workingDaysBetween(instant(row[0]), instant(row[1])));
        }
        days.sort(null);
        return days;
    }

    /** Working days after the day of {@code from} up to and including the day of {@code to}: same day is 0. */
    long workingDaysBetween(Instant from, Instant to) {
        LocalDate day = WorkingCalendar.londonDate(from);
        LocalDate last = WorkingCalendar.londonDate(to);
        long days = 0;
        while (day.isBefore(last)) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    /** A statement counting {@code rows} (columns owner, r, c) into the table's cells with its grouping sets. */
    private static Statement grouped(CatalogueTable table, String rows) {
        List<String> sets = new ArrayList<>(List.of("(r, c)"));
        if (table.totalColumn()) {
            sets.add("(r)");
        }
        if (table.totalRow()) {
            sets.add("(c)");
        }
        if (table.totalColumn() && table.totalRow()) {
            sets.add("()");
        }
        return new Statement(table, "select grouping(r), grouping(c), r, c, count(distinct owner) from (" + rows
                + ") t group by grouping sets (" + String.join(", ", sets) + ")");
    }

    /**
     * Runs a statement into the table's cells: leaves by (r, c), each row's total by r, each column's total by c, the
     * grand total by (), every margin counted distinct by owner in the same statement; zero where nothing came back.
     */
    private void grouped(Map<String, Long> counts, ReportPeriod month, Statement statement, Instant asOf) {
        CatalogueTable table = statement.table();
        for (String row : table.shownRows()) {
            for (String column : table.shownColumns()) {
                counts.put(table.cell(month, row, column), 0L);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query(statement.sql(), month, asOf).getResultList();
        for (Object[] row : result) {
            String r = ((Number) row[0]).intValue() == 1 ? TOTAL : (String) row[2];
            String c = ((Number) row[1]).intValue() == 1 ? TOTAL : (String) row[3];
            String cell = table.cell(month, r, c);
            if (!counts.containsKey(cell)) {
                throw new IllegalStateException(table.id() + ": a category outside the catalogue: " + r + " × " + c);
            }
            counts.put(cell, ((Number) row[4]).longValue());
        }
    }

    private Query query(String sql, ReportPeriod month, Instant asOf) {
        Query query = em.createNativeQuery(sql);
        set(query, sql, "yearStart", month.yearStart());
        set(query, sql, "start", month.start());
        set(query, sql, "end", month.end());
        set(query, sql, "asOf", asOf);
        return query;
    }

    private static void set(Query query, String sql, String name, Instant value) {
        if (sql.contains(":" + name)) {
            query.setParameter(name, value);
        }
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
    }
}
