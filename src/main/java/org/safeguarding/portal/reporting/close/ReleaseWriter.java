package org.safeguarding.portal.reporting.close;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.safeguarding.portal.reporting.PublishedTable;
import org.safeguarding.portal.reporting.Release;
import org.safeguarding.portal.reporting.ReportPeriod;

/**
 * Writes a closed period's release (report_release, its tables in report_table, read by reporting's ReportStore) with
 * what it was protected from (report_basis: the true counts and the cells it hid), and reads a basis back when a
 * later release must be protected together with it. The basis is never served, so it is read only here.
 */
@ApplicationScoped
class ReleaseWriter {

    private final EntityManager em;
    private final ObjectMapper json = new ObjectMapper();

    ReleaseWriter(EntityManager em) {
        this.em = em;
    }

    /** A release of a period with its basis and its tables, in the caller's transaction. */
    void insert(ReportPeriod period, Release release, Instant closedAt, PeriodCounts truth, Set<String> hidden,
            List<PublishedTable> tables) {
        em.createNativeQuery("""
                insert into report_release (period_id, release, grain, kind, closed_at) values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, period.id()).setParameter(2, release.number).setParameter(3, period.grain().name())
                .setParameter(4, release.name()).setParameter(5, closedAt).executeUpdate();
        em.createNativeQuery("""
                insert into report_basis (period_id, release, counts, hidden, samples) values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, period.id()).setParameter(2, release.number).setParameter(3, write(truth.counts()))
                .setParameter(4, write(hidden)).setParameter(5, write(new SampleBasis(truth.samples(), truth.leftOut())))
                .executeUpdate();
        int position = 0;
        for (PublishedTable table : tables) {
            String body = write(table);
            em.createNativeQuery("""
                    insert into report_table (period_id, release, table_id, position, body, sha256)
                    values (?1, ?2, ?3, ?4, ?5, ?6)""")
                    .setParameter(1, period.id()).setParameter(2, release.number).setParameter(3, table.table())
                    .setParameter(4, position++).setParameter(5, body).setParameter(6, sha256(body)).executeUpdate();
        }
    }

    /** What a release was protected from: its true counts and which of its cells it hid. */
    record Basis(PeriodCounts counts, Set<String> hidden) {
    }

    Basis basis(ReportPeriod period, Release release) {
        Object[] row = (Object[]) em.createNativeQuery(
                "select counts, hidden, samples from report_basis where period_id = ?1 and release = ?2")
                .setParameter(1, period.id()).setParameter(2, release.number).getSingleResult();
        try {
            LinkedHashMap<String, Long> counts = json.readValue((String) row[0], new TypeReference<>() {
            });
            Set<String> hidden = json.readValue((String) row[1], new TypeReference<java.util.LinkedHashSet<String>>() {
            });
            SampleBasis samples = json.readValue((String) row[2], SampleBasis.class);
            return new Basis(new PeriodCounts(counts, samples.samples(), samples.leftOut()), hidden);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored basis does not read back", e);
        }
    }

    record SampleBasis(Map<String, List<Long>> samples, long leftOut) {
    }

    /** Serialises with the order of the records' components, so the same table is always the same bytes. */
    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
