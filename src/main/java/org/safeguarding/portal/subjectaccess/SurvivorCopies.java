package org.safeguarding.portal.subjectaccess;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.core.Actor;

/**
 * The survivor's side: their copies of one of their own cases, and the download of a released one (JSON or PDF),
 * each download audited as theirs. Another survivor's case, a copy not yet released and an expired one all answer
 * empty (404), the same as one that does not exist.
 */
@ApplicationScoped
public class SurvivorCopies {

    /** Where the Information Commissioner's Office takes complaints about how a request for records was handled. */
    public static final String ICO_COMPLAINTS = "https://ico.org.uk/make-a-complaint/";

    /** Which form a download took, recorded as the audit row's purpose. */
    public enum Form {
        JSON,
        PDF
    }

    private final CaseService cases;
    private final CopyVault vault;
    private final AuditService audit;
    private final SubjectAccessMsg words;

    SurvivorCopies(CaseService cases, CopyVault vault, AuditService audit, SubjectAccessMsg words) {
        this.cases = cases;
        this.vault = vault;
        this.audit = audit;
        this.words = words;
    }

    /** The copies of one of the survivor's cases, newest first; reading the list is a read of the case, audited. */
    @Transactional
    public Optional<List<CopySummary>> list(Actor survivor, UUID caseId) {
        return cases.findOwnedBy(caseId, survivor.subject()).map(owned -> {
            audit.record(survivor, AuditAction.VIEW_OWN_CASE, CaseService.RECORD_TYPE, owned.id(), "records copies");
            return vault.copiesOf(owned.id()).stream().map(copy -> new CopySummary(copy.requestId, copy.preparedAt,
                    copy.stage(), copy.releasedAt, copy.expiresAt)).toList();
        });
    }

    /** A released copy, without what was withheld; the download is audited as the survivor's, with its form. */
    @Transactional
    public Optional<SurvivorCopy> download(Actor survivor, UUID caseId, UUID requestId, Form form) {
        return cases.findOwnedBy(caseId, survivor.subject()).flatMap(owned -> vault.find(owned.id(), requestId))
                .filter(copy -> copy.stage() == RecordsCopy.Stage.RELEASED).map(copy -> {
                    audit.record(survivor, AuditAction.DOWNLOAD_RECORDS_COPY, CaseService.RECORD_TYPE, copy.caseId,
                            form.name());
                    return released(copy);
                });
    }

    private SurvivorCopy released(RecordsCopy copy) {
        CopyContent content = vault.contentOf(copy);
        List<WithheldItem> withheld = vault.withheldFrom(copy);
        Set<String> left = withheld.stream().map(w -> w.itemId).collect(Collectors.toSet());
        List<SurvivorCopy.Withheld> told = withheld.stream().map(w -> new SurvivorCopy.Withheld(
                content.sectionTitleOf(w.itemId), w.reason, words.withhold_reason(w.reason))).toList();
        return new SurvivorCopy(content.reference(), copy.preparedAt, copy.releasedAt, copy.expiresAt,
                content.without(left).sections(), told, words.copy_ico(ICO_COMPLAINTS));
    }
}
