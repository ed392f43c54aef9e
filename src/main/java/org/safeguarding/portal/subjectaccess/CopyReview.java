package org.safeguarding.portal.subjectaccess;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.access.RecordAccess;
import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.cases.ActionCase;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.SurvivorCase;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;
import org.safeguarding.portal.requests.SurvivorRequestService;
import org.safeguarding.portal.subjectaccess.CopyForReview.ReviewItem;
import org.safeguarding.portal.subjectaccess.CopyForReview.ReviewSection;

/**
 * The hub's side of a survivor's copy: a caseworker reviews it item by item and may withhold third-party information
 * with a reason per item, then says the review is finished; a second caseworker (never one who took part in the
 * review) releases it. Releasing meets the records request (charter C9) and tells the survivor in writing that the
 * copy is ready, what was left out in general terms, and how to complain to the ICO. Every read and change is
 * audited in its transaction. Empty answers are 404s: no such request, or no copy for it, on that case.
 */
@ApplicationScoped
public class CopyReview {

    public static final int MAX_EXPLANATION_LENGTH = 2_000;
    /** The purpose a release approver's read is audited with when the case is not otherwise theirs to read. */
    static final String RELEASE_APPROVAL = "records release approval";

    private final CopyVault vault;
    private final CaseService cases;
    private final RecordAccess access;
    private final AuditService audit;
    private final SurvivorRequestService requests;
    private final SubjectAccessMsg words;
    private final Clock clock;

    CopyReview(CopyVault vault, CaseService cases, RecordAccess access, AuditService audit,
            SurvivorRequestService requests, SubjectAccessMsg words, Clock clock) {
        this.vault = vault;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.requests = requests;
        this.words = words;
        this.clock = clock;
    }

    /** The copy with every item, for the reviewer or the approver; the read is audited with its purpose. */
    @Transactional
    public Optional<CopyForReview> open(Actor caseworker, UUID caseId, UUID requestId) {
        return vault.find(caseId, requestId).map(copy -> {
            SurvivorCase found = cases.findById(caseId);
            audit.record(caseworker, AuditAction.VIEW_RECORDS_COPY, CaseService.RECORD_TYPE, caseId,
                    purposeOfRead(caseworker, found, copy));
            return viewOf(copy, found, caseworker);
        });
    }

    /** Leaves one item out, for a reason the survivor is told in general terms and an explanation they are not. */
    @Transactional
    public Optional<CopyForReview> withhold(Actor caseworker, UUID caseId, UUID requestId, String itemId,
            WithholdReason reason, String explanation) {
        return vault.findToChange(caseId, requestId).flatMap(copy -> {
            SurvivorCase found = cases.findById(caseId);
            access.requireForChange(caseworker, found);
            copy.requireInReview();
            if (!vault.contentOf(copy).hasItem(itemId)) {
                return Optional.empty();
            }
            String why = checked(reason, explanation);
            if (vault.withheldFrom(copy).stream().anyMatch(w -> w.itemId.equals(itemId))) {
                throw new Refused(409, "copy_item_already_withheld");
            }
            WithheldItem item = new WithheldItem();
            item.copyId = copy.id;
            item.itemId = itemId;
            item.reason = reason;
            item.decidedBy = caseworker.subject();
            item.decidedAt = now();
            vault.withhold(item, why);
            audit.record(caseworker, AuditAction.WITHHOLD_RECORDS_ITEM, CaseService.RECORD_TYPE, caseId,
                    reason.name());
            return Optional.of(viewOf(copy, found, caseworker));
        });
    }

    /** The reviewer has been through every item: the copy now waits for a second caseworker to release it. */
    @Transactional
    public Optional<CopyForReview> finishReview(Actor caseworker, UUID caseId, UUID requestId) {
        return vault.findToChange(caseId, requestId).map(copy -> {
            SurvivorCase found = cases.findById(caseId);
            access.requireForChange(caseworker, found);
            copy.reviewed(caseworker.subject(), now());
            audit.record(caseworker, AuditAction.FINISH_RECORDS_REVIEW, CaseService.RECORD_TYPE, caseId, null);
            return viewOf(copy, found, caseworker);
        });
    }

    /**
     * A second caseworker releases the reviewed copy: 409 ({@code copy_same_person_release}) for anyone who reviewed
     * it or withheld an item, as closure sign-off refuses the person who proposed it. The records request is answered
     * (C9 met) and the survivor told, in this transaction.
     */
    @Transactional
    public Optional<CopyForReview> release(Actor caseworker, UUID caseId, UUID requestId) {
        return vault.findToChange(caseId, requestId).map(copy -> {
            SurvivorCase found = cases.findById(caseId);
            String purpose = purposeOfRead(caseworker, found, copy);
            copy.released(caseworker.subject(), tookPart(copy, caseworker.subject()), now());
            audit.record(caseworker, AuditAction.RELEASE_RECORDS_COPY, CaseService.RECORD_TYPE, caseId, purpose);
            requests.recordsReleased(caseworker, caseId, requestId, releaseNotice(copy))
                    .orElseThrow(() -> new Refused(409, "request_already_answered"));
            return viewOf(copy, found, caseworker);
        });
    }

    /**
     * The need-to-know rule for reading the case, and one more need: a copy waiting for release asks a second
     * caseworker to look at it, as a proposed closure does, so anyone who took no part in its review may read it.
     * That need is decided first, without asking {@link RecordAccess} (a refusal thrown through its transactional
     * method would mark this transaction for rollback even if caught).
     */
    private String purposeOfRead(Actor caseworker, SurvivorCase found, RecordsCopy copy) {
        if (caseworker.subject().equals(found.assigneeSubject())) {
            return access.purposeOfRead(caseworker, found);
        }
        boolean approving = copy.stage() == RecordsCopy.Stage.AWAITING_RELEASE && !tookPart(copy, caseworker.subject());
        if (approving || caseworker.subject().equals(copy.releasedBy)) {
            // Whoever released a copy may still see what they released (the page they land on says it is done).
            return RELEASE_APPROVAL;
        }
        return access.purposeOfRead(caseworker, found);
    }

    private boolean tookPart(RecordsCopy copy, String subject) {
        return subject.equals(copy.reviewedBy)
                || vault.withheldFrom(copy).stream().anyMatch(w -> w.decidedBy.equals(subject));
    }

    /** What the survivor is told: ready until when, what was left out in general terms, and the ICO. */
    private String releaseNotice(RecordsCopy copy) {
        StringBuilder notice = new StringBuilder(words.copy_ready_tell(CopyDates.day(copy.expiresAt)));
        Map<WithholdReason, Integer> counts = new EnumMap<>(WithholdReason.class);
        vault.withheldFrom(copy).forEach(w -> counts.merge(w.reason, 1, Integer::sum));
        if (counts.isEmpty()) {
            notice.append(' ').append(words.copy_nothing_withheld_tell());
        } else {
            notice.append(' ').append(words.copy_withheld_tell());
            counts.forEach((reason, count) -> notice.append(' ').append(words.copy_withheld_count_tell(count,
                    words.withhold_reason(reason))));
        }
        notice.append(' ').append(words.copy_ico_tell(SurvivorCopies.ICO_COMPLAINTS));
        return notice.toString();
    }

    private CopyForReview viewOf(RecordsCopy copy, SurvivorCase found, Actor reader) {
        List<WithheldItem> withheld = vault.withheldFrom(copy);
        Map<String, WithheldItem> byItem = new HashMap<>();
        withheld.forEach(w -> byItem.put(w.itemId, w));
        List<ReviewSection> sections = new ArrayList<>();
        if (copy.contentCiphertext != null) {
            for (CopyContent.Section section : vault.contentOf(copy).sections()) {
                sections.add(new ReviewSection(section.key(), section.title(), section.items().stream().map(item -> {
                    WithheldItem w = byItem.get(item.id());
                    return w == null ? new ReviewItem(item, null, null)
                            : new ReviewItem(item, w.reason, vault.explanationOf(w));
                }).toList()));
            }
        }
        boolean tookPart = reader.subject().equals(copy.reviewedBy)
                || withheld.stream().anyMatch(w -> w.decidedBy.equals(reader.subject()));
        return new CopyForReview(ActionCase.of(found, reader.subject()), copy.requestId, copy.stage(),
                copy.preparedAt, copy.reviewedAt, copy.releasedAt, copy.expiresAt, copy.expiredAt, sections,
                withheld.size(), copy.stage() == RecordsCopy.Stage.AWAITING_RELEASE && !tookPart);
    }

    private static String checked(WithholdReason reason, String explanation) {
        List<FieldError> errors = new ArrayList<>();
        if (reason == null) {
            errors.add(new FieldError("reason", "copy_error_reason_required"));
        }
        if (explanation == null || explanation.isBlank()) {
            errors.add(new FieldError("explanation", "copy_error_explanation_required"));
        } else if (explanation.length() > MAX_EXPLANATION_LENGTH) {
            errors.add(new FieldError("explanation", "copy_error_explanation_too_long"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        return explanation.strip();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
