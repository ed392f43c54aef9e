package org.safeguarding.portal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * No table can be forgotten: every table in the migrated schema belongs to a kind of record the schedule has a rule
 * for, and every table that reaches a case (a case_id column, or a foreign key to a table that reaches one) is emptied
 * of it by CaseDestruction, or is the record of the disposal itself. The database's own catalogue is read (the
 * information schema hides tables the service's role may not read, such as Flyway's history).
 */
@QuarkusTest
class RetentionTablesTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyTableInTheSchemaHasARuleInTheSchedule() throws SQLException {
        Set<String> inSchema = strings(
                "select tablename from pg_tables where schemaname = current_schema()");
        Set<String> ruled = Arrays.stream(RecordKind.values()).flatMap(k -> k.tables().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inSchema, ruled, "each table needs a RecordKind (and so a rule in the schedule), and each kind's "
                + "tables must exist");
    }

    @Test
    void caseDestructionKnowsEveryTableThatHoldsACase() throws SQLException {
        Set<String> reachingACase = strings("""
                with recursive reaching(table_name) as (
                    select 'survivor_case'::text
                  union
                    select t.tablename::text from pg_tables t
                     where t.schemaname = current_schema() and exists (select 1 from pg_attribute a
                           where a.attrelid = (quote_ident(t.schemaname) || '.' || quote_ident(t.tablename))::regclass
                             and a.attname = 'case_id' and not a.attisdropped)
                  union
                    select child.relname::text from pg_constraint fk
                      join pg_class child on child.oid = fk.conrelid
                      join pg_class parent on parent.oid = fk.confrelid
                      join reaching r on r.table_name = parent.relname
                     where fk.contype = 'f')
                select table_name from reaching""");
        Set<String> known = new TreeSet<>(CaseDestruction.TABLES);
        known.addAll(CaseDestruction.KEPT_AFTER_DISPOSAL);
        // An anonymous case's receipt code names its owner, not the case: destroyed with it all the same.
        known.remove("receipt");
        assertEquals(reachingACase, known);
    }

    private Set<String> strings(String sql) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }
}
