package org.safeguarding.portal.reporting.close;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The scheduled close starts from the first referral ever submitted, read from the real database the whole run
 * shares. The whole run of the job is PeriodCloseJobRunTest's, on a database of its own (a close there would publish
 * other tests' years before they have written them); its schedule runs in the production acceptance suite.
 */
@QuarkusTest
class PeriodCloseJobFirstRecordTest {

    @Inject
    PeriodCloseJob job;
    @Inject
    DataSource dataSource;

    @Test
    void theFirstRecordIsReadAsAnInstantFromTheDatabase() throws Exception {
        // 2009: a year no other test closes; it only makes sure there is a first record to read.
        new Synthetic(dataSource).survivor("first-record-" + UUID.randomUUID(), Instant.parse("2009-02-03T10:15:30Z"),
                "SELF", "ADULT", "SUBMITTED");

        Optional<Instant> first = QuarkusTransaction.requiringNew().call(job::firstRecord);

        assertEquals(Optional.of(earliestByJdbc()), first);
    }

    private Instant earliestByJdbc() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select min(submitted_at) from referral")) {
            r.next();
            return r.getTimestamp(1).toInstant();
        }
    }
}
