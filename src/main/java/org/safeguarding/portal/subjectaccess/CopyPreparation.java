package org.safeguarding.portal.subjectaccess;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.cases.events.CaseEvent;
import org.safeguarding.portal.cases.events.Milestone;

/**
 * A records request prepares the survivor's copy at once, in the request's own transaction (the request is audited
 * there as {@code REQUEST_RECORDS}): nothing is lost if the service stops before a caseworker looks at it, and the
 * copy reads as the record stood when the survivor asked.
 */
@ApplicationScoped
class CopyPreparation {

    private final CopyAssembler assembler;
    private final CopyVault vault;
    private final Clock clock;

    CopyPreparation(CopyAssembler assembler, CopyVault vault, Clock clock) {
        this.assembler = assembler;
        this.vault = vault;
        this.clock = clock;
    }

    /** After the default observers (the charter's among them), so the copy holds the request's own C9 promise. */
    @Transactional(Transactional.TxType.MANDATORY)
    void prepare(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) CaseEvent.MilestonesReached reached) {
        if (!reached.milestones().contains(Milestone.RECORDS_REQUESTED) || reached.about() == null) {
            return;
        }
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        RecordsCopy copy = new RecordsCopy();
        copy.id = UUID.randomUUID();
        copy.caseId = reached.caseId();
        copy.requestId = reached.about();
        copy.preparedAt = at;
        vault.store(copy, assembler.assemble(reached.by(), reached.caseId(), at));
    }
}
