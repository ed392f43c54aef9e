package org.safeguarding.portal.retention;

import java.util.List;
import java.util.Set;

/**
 * Every kind of record the portal holds, with the tables that hold it, the one event its period runs from, and the
 * ways it may be disposed of. The tables are the code's to know (a council cannot rename them); the periods are the
 * schedule file's. {@code ScheduleCoversEveryTableTest} reads the database's tables and fails for one no kind names, so
 * a new table cannot be forgotten; the schedule must give every kind a rule, or the service refuses to start.
 */
public enum RecordKind {

    /** Everything about one case, destroyed together (CaseDestruction lists its tables in their order). */
    CASE_RECORD(Event.CASE_LAST_CLOSED, Set.of(Disposal.LEAD_APPROVAL, Disposal.NEVER), CaseDestruction.TABLES),
    AUDIT_TRAIL(Event.CASE_LAST_CLOSED, Set.of(Disposal.NEVER), List.of("audit_event", "audit_seal",
            "audit_checkpoint")),
    INTAKE_DRAFT(Event.LAST_CHANGE, Set.of(Disposal.HOUSEKEEPING), List.of("intake_draft")),
    ANONYMOUS_SESSION(Event.SESSION_END, Set.of(Disposal.HOUSEKEEPING), List.of("anonymous_session")),
    ATTEMPT_WINDOW(Event.WINDOW_START, Set.of(Disposal.HOUSEKEEPING), List.of("attempt_window")),
    ENDED_SIGN_IN(Event.SIGN_IN_LIFESPAN_END, Set.of(Disposal.HOUSEKEEPING), List.of("ended_sign_in")),
    HOUSEKEEPING_RECORD(Event.RUN, Set.of(Disposal.HOUSEKEEPING, Disposal.NEVER), List.of("housekeeping_run")),
    BOARD_RELEASE(Event.PUBLISHED, Set.of(Disposal.NEVER), List.of("report_release", "report_table", "report_basis")),
    PUBLISHED_DEFINITION(Event.PUBLISHED, Set.of(Disposal.NEVER), List.of("charter_version",
            "retention_schedule_version", "flyway_schema_history")),
    STAFF_DIRECTORY(Event.LAST_SEEN, Set.of(Disposal.NEVER), List.of("staff_member")),
    DISPOSAL_RECORD(Event.DISPOSED, Set.of(Disposal.NEVER), List.of("disposal_item"));

    /** What a period runs from. */
    public enum Event {
        CASE_LAST_CLOSED, LAST_CHANGE, SESSION_END, WINDOW_START, SIGN_IN_LIFESPAN_END, RUN, PUBLISHED, LAST_SEEN,
        DISPOSED
    }

    /**
     * How a record goes once due: a list a lead approves first, housekeeping that deletes and counts what it deleted
     * (short-lived operational rows only), or never.
     */
    public enum Disposal {
        LEAD_APPROVAL, HOUSEKEEPING, NEVER
    }

    private final Event event;
    private final Set<Disposal> disposals;
    private final List<String> tables;

    RecordKind(Event event, Set<Disposal> disposals, List<String> tables) {
        this.event = event;
        this.disposals = disposals;
        this.tables = tables;
    }

    public Event event() {
        return event;
    }

    public Set<Disposal> disposals() {
        return disposals;
    }

    public List<String> tables() {
        return tables;
    }
}
