package org.safeguarding.portal.reporting;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The published releases (report_release, report_table), as the board reads them: {@link #tableBody} and
 * {@link #releases}. Only the close writes them, with what each was protected from (close/ReleaseWriter); rows are
 * only ever inserted, so a closed period is frozen.
 */
@ApplicationScoped
public class ReportStore {

    /** A published release of a period, as the board's period list shows it (month precision only). */
    public record ReleaseSummary(ReportPeriod period, Release release) {
    }

    private final EntityManager em;
    private final ObjectMapper json = new ObjectMapper();

    ReportStore(EntityManager em) {
        this.em = em;
    }

    /** The latest release of each closed period, newest period first. */
    public List<ReleaseSummary> releases() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select period_id, max(release) from report_release group by period_id""").getResultList();
        return rows.stream()
                .map(r -> new ReleaseSummary(ReportPeriod.parse((String) r[0]), Release.of(((Number) r[1]).intValue())))
                .sorted((a, b) -> b.period().compareTo(a.period())).toList();
    }

    public Optional<Release> latestRelease(ReportPeriod period) {
        Object latest = em.createNativeQuery("select max(release) from report_release where period_id = ?1")
                .setParameter(1, period.id()).getSingleResult();
        return latest == null ? Optional.empty() : Optional.of(Release.of(((Number) latest).intValue()));
    }

    public boolean exists(ReportPeriod period, Release release) {
        return ((Number) em.createNativeQuery(
                "select count(*) from report_release where period_id = ?1 and release = ?2")
                .setParameter(1, period.id()).setParameter(2, release.number).getSingleResult()).longValue() > 0;
    }

    /** The stored JSON of one table of a period's latest release, exactly as it was written. */
    public Optional<String> tableBody(ReportPeriod period, String tableId) {
        @SuppressWarnings("unchecked")
        List<String> body = em.createNativeQuery("""
                select t.body from report_table t
                 where t.period_id = ?1 and t.table_id = ?2
                   and t.release = (select max(release) from report_release r where r.period_id = ?1)""")
                .setParameter(1, period.id()).setParameter(2, tableId).getResultList();
        return body.stream().findFirst();
    }

    /** Every table of a period's latest release, in catalogue order. */
    public List<String> tableBodies(ReportPeriod period) {
        @SuppressWarnings("unchecked")
        List<String> bodies = em.createNativeQuery("""
                select t.body from report_table t
                 where t.period_id = ?1
                   and t.release = (select max(release) from report_release r where r.period_id = ?1)
                 order by t.position""").setParameter(1, period.id()).getResultList();
        return bodies;
    }

    public PublishedTable read(String body) {
        try {
            return json.readValue(body, PublishedTable.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored table does not read back", e);
        }
    }
}
