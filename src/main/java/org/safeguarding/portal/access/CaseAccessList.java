package org.safeguarding.portal.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.audit.AuditService;
import org.safeguarding.portal.audit.CaseAccessLog;
import org.safeguarding.portal.audit.CaseAccessLog.Line;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.SurvivorCase;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.security.Roles;

/**
 * The survivor's list of every read and change of their case, from the audit log, in their terms: who as a role
 * (their own worker by name, nobody else), why from the line's recorded purpose, the break-glass openings and the
 * case's assignment; never a line's free text, never another member of staff's name or subject.
 * <p>A change carries no purpose of its own in the log; it takes the purpose of its author's latest read of the case
 * before it (every action page opens the record first, audited with its purpose), then of an emergency opening in
 * force, then "your worker" or plain casework.
 */
@ApplicationScoped
public class CaseAccessList {

    /** The most lines one list shows; the page says when there are more. */
    public static final int LIMIT = 1_000;
    /** How {@code CaseService} records a caseworker taking a case on themselves: they are its worker from then on. */
    private static final String CLAIMED = "claimed";

    /** The newest entries, and whether older ones were left off. */
    public record Listing(List<AccessEntry> entries, boolean more) {
    }

    /** Why a caseworker's line happened, with the emergency reason category when it was an emergency. */
    private record Reason(AccessPurpose why, BreakGlassReason emergency) {
    }

    private record Opening(String subject, Instant at, BreakGlassReason reason) {
    }

    private final CaseService cases;
    private final CaseAccessLog log;
    private final AuditService audit;
    private final EntityManager em;
    private final AccessListMsg words;
    private final ReferrerAccessMsg referrerWords;
    /** Words kept in another feature's bundle (a referral the hub recorded), found by key. */
    @jakarta.inject.Inject
    Messages messages;

    CaseAccessList(CaseService cases, CaseAccessLog log, AuditService audit, EntityManager em, AccessListMsg words,
            ReferrerAccessMsg referrerWords) {
        this.referrerWords = referrerWords;
        this.cases = cases;
        this.log = log;
        this.audit = audit;
        this.em = em;
        this.words = words;
    }

    /**
     * The list for the survivor (or receipt-code session) who owns the case, newest first; reading it is itself
     * audited. Empty (answered as 404) for a case that is not theirs, exactly as for one that does not exist.
     */
    @Transactional
    public Optional<Listing> listFor(Actor survivor, UUID caseId) {
        return cases.findOwnedBy(caseId, survivor.subject()).map(owned -> {
            audit.record(survivor, AuditAction.VIEW_ACCESS_LIST, CaseService.RECORD_TYPE, owned.id(), null);
            return listingOf(survivor, owned);
        });
    }

    /**
     * One entry of the survivor's own case, for a complaint about it; empty for a case that is not theirs or an id
     * that names no entry. Not audited here: the caller records what it does with the entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AccessEntry> entryOf(Actor survivor, UUID caseId, String entryId) {
        return cases.findOwnedBy(caseId, survivor.subject()).flatMap(owned -> listingOf(survivor, owned).entries()
                .stream().filter(entry -> entry.id().equals(entryId)).findFirst());
    }

    /**
     * The same list for the survivor's copy of their records, inside the transaction that prepares the copy (which
     * audits what it does); empty for a case that is not theirs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Listing> listForCopy(Actor survivor, UUID caseId) {
        return cases.findOwnedBy(caseId, survivor.subject()).map(owned -> listingOf(survivor, owned));
    }

    /** What was done, in the survivor's words (a line from a newer version may name an action this one lacks). */
    public String what(AuditAction action) {
        return action == null ? words.what_other() : words.what(action);
    }

    /**
     * What a line did, in the survivor's words; a referral the hub wrote down (SUBMIT_REFERRAL by a caseworker, its
     * purpose "recorded:" and the channel, and "/SOMEONE_ELSE" when someone else told us) says how it reached us, in
     * the hub's bundle.
     */
    private String whatOf(Line line) {
        // The prefix is intake.ReferralService.RECORDED_PURPOSE (access sits below intake and cannot name it).
        if (line.action() != AuditAction.SUBMIT_REFERRAL || line.purpose() == null
                || !line.purpose().startsWith("recorded:")) {
            return what(line.action());
        }
        String[] parts = line.purpose().substring("recorded:".length()).split("/", 2);
        String key = (parts.length > 1 ? "recorded_other_$" : "recorded_what_$") + parts[0];
        return messages.has(key) ? messages.text(key) : what(line.action());
    }

    /** Who, as a role, without any name: how a complaint repeats the entry it is about. */
    public String role(AccessWho who) {
        return words.who(who);
    }

    public String purpose(AccessPurpose why, BreakGlassReason emergency) {
        return why == AccessPurpose.BREAK_GLASS && emergency != null ? words.why_emergency(words.emergency_reason(
                emergency)) : words.why(why);
    }

    private Listing listingOf(Actor survivor, SurvivorCase owned) {
        List<Line> lines = log.linesOf(CaseService.RECORD_TYPE, owned.id(), LIMIT + 1);
        boolean more = lines.size() > LIMIT;
        List<Line> shown = more ? lines.subList(0, LIMIT) : lines;
        List<String> ids = idsOf(shown);
        List<Opening> openings = openingsOf(owned.id());
        Map<String, Reason> latestRead = new HashMap<>();
        List<AccessEntry> entries = new ArrayList<>(shown.size());
        for (int i = shown.size() - 1; i >= 0; i--) {
            entries.add(entryOf(ids.get(i), shown.get(i), survivor, owned, openings, latestRead));
        }
        Collections.reverse(entries);
        return new Listing(entries, more);
    }

    /** Oldest first, so {@code latestRead} holds each caseworker's latest read before the line. */
    private AccessEntry entryOf(String id, Line line, Actor survivor, SurvivorCase owned, List<Opening> openings,
            Map<String, Reason> latestRead) {
        AccessWho who;
        Reason reason;
        if (line.actorSubject().equals(survivor.subject())) {
            who = Roles.RECEIPT_HOLDER.equals(line.actorRole()) ? AccessWho.RECEIPT_CODE : AccessWho.YOU;
            reason = new Reason(AccessPurpose.OWN_ACTION, null);
        } else if (Roles.CASEWORKER.equals(line.actorRole())) {
            reason = caseworkersReason(line, owned, openings, latestRead);
            who = reason.why() == AccessPurpose.BREAK_GLASS ? AccessWho.EMERGENCY_CASEWORKER
                    : line.actorSubject().equals(owned.assigneeSubject()) ? AccessWho.YOUR_WORKER
                            : AccessWho.HUB_CASEWORKER;
        } else if (Roles.LEAD.equals(line.actorRole())) {
            who = AccessWho.HUB_LEAD;
            reason = new Reason(AccessPurpose.LEAD_DECISION, null);
        } else if (line.action() == AuditAction.SUBMIT_REFERRAL) {
            // Someone else's referral, taken over by its survivor: the sender is neither the survivor nor staff. Said
            // in words of its own, naming nobody (the enum stays "someone else" for the API's code).
            return new AccessEntry(id, line.at(), line.action(), referrerWords.referreraccess_what(),
                    AccessWho.SOMEONE_ELSE, referrerWords.referreraccess_who(), null, AccessPurpose.CASEWORK,
                    referrerWords.referreraccess_why(), null);
        } else {
            who = AccessWho.SOMEONE_ELSE;
            reason = new Reason(AccessPurpose.CASEWORK, null);
        }
        String worker = who == AccessWho.YOUR_WORKER ? owned.assigneeName() : null;
        String role = worker == null ? words.who(who) : words.who_your_worker_named(worker);
        return new AccessEntry(id, line.at(), line.action(), whatOf(line), who, role, worker, reason.why(),
                purpose(reason.why(), reason.emergency()), reason.emergency());
    }

    private Reason caseworkersReason(Line line, SurvivorCase owned, List<Opening> openings,
            Map<String, Reason> latestRead) {
        String subject = line.actorSubject();
        Reason recorded = recordedReason(line);
        if (recorded != null) {
            if (recorded.why() != AccessPurpose.ASSIGNMENT && recorded.why() != AccessPurpose.EMERGENCY_REVIEW) {
                latestRead.put(subject, recorded);
            } else if (line.action() == AuditAction.ASSIGN_CASE && CLAIMED.equals(line.purpose())) {
                latestRead.put(subject, new Reason(AccessPurpose.ASSIGNED_WORKER, null));
            }
            return recorded;
        }
        if (latestRead.containsKey(subject)) {
            return latestRead.get(subject);
        }
        return openings.stream().filter(o -> o.subject().equals(subject) && !o.at().isAfter(line.at())
                && line.at().isBefore(o.at().plus(RecordAccess.BREAK_GLASS_WINDOW))).reduce((first, later) -> later)
                .map(o -> new Reason(AccessPurpose.BREAK_GLASS, o.reason()))
                .orElse(new Reason(subject.equals(owned.assigneeSubject()) ? AccessPurpose.ASSIGNED_WORKER
                        : AccessPurpose.CASEWORK, null));
    }

    /** The purpose the line itself records (RecordAccess writes them), or null for a line that records none. */
    private static Reason recordedReason(Line line) {
        if (line.action() == AuditAction.BREAK_GLASS) {
            return new Reason(AccessPurpose.BREAK_GLASS, reasonNamed(line.purpose()));
        }
        if (line.action() == AuditAction.ASSIGN_CASE) {
            return new Reason(AccessPurpose.ASSIGNMENT, null);
        }
        if (line.action() == AuditAction.REVIEW_BREAK_GLASS) {
            return new Reason(AccessPurpose.EMERGENCY_REVIEW, null);
        }
        String purpose = line.purpose();
        if (purpose == null) {
            return null;
        }
        if (purpose.startsWith(RecordAccess.BREAK_GLASS)) {
            return new Reason(AccessPurpose.BREAK_GLASS, reasonNamed(purpose.substring(RecordAccess.BREAK_GLASS
                    .length())));
        }
        return switch (purpose) {
            case RecordAccess.TRIAGE -> new Reason(AccessPurpose.TRIAGE, null);
            case RecordAccess.ASSIGNED_WORKER -> new Reason(AccessPurpose.ASSIGNED_WORKER, null);
            case RecordAccess.CLOSURE_SIGN_OFF -> new Reason(AccessPurpose.CLOSURE_REVIEW, null);
            case RecordAccess.RECORDS_RELEASE_REVIEW -> new Reason(AccessPurpose.RECORDS_RELEASE_REVIEW, null);
            default -> null;
        };
    }

    private static BreakGlassReason reasonNamed(String name) {
        try {
            return name == null ? null : BreakGlassReason.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /**
     * Each line's id: its time in microseconds and its place among the lines of that same instant (listed in a fixed
     * order), so it names the line without telling anything the line does not.
     */
    private static List<String> idsOf(List<Line> newestFirst) {
        List<String> ids = new ArrayList<>(newestFirst.size());
        for (int i = 0; i < newestFirst.size(); i++) {
            Instant at = newestFirst.get(i).at();
            int place = 0;
            while (i - place - 1 >= 0 && newestFirst.get(i - place - 1).at().equals(at)) {
                place++;
            }
            ids.add(Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000) + "-"
                    + place);
        }
        return ids;
    }

    private List<Opening> openingsOf(UUID caseId) {
        return em.createQuery("select a.openedBySubject, a.openedAt, a.reason from BreakGlassAccess a "
                + "where a.caseId = ?1 order by a.openedAt", Object[].class).setParameter(1, caseId)
                .getResultStream().map(row -> new Opening((String) row[0], (Instant) row[1],
                        (BreakGlassReason) row[2])).toList();
    }
}
