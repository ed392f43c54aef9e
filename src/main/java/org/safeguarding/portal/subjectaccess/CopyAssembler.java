package org.safeguarding.portal.subjectaccess;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.safeguarding.portal.access.AccessEntry;
import org.safeguarding.portal.access.CaseAccessList;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.CaseWorkflowService;
import org.safeguarding.portal.cases.StatusChangeView;
import org.safeguarding.portal.cases.SurvivorCase;
import org.safeguarding.portal.charter.CharterService;
import org.safeguarding.portal.charter.CommitmentView;
import org.safeguarding.portal.contact.ConsentChange;
import org.safeguarding.portal.contact.ContactPlanView;
import org.safeguarding.portal.contact.PreferencesService;
import org.safeguarding.portal.contact.PreferencesView;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.intake.AgeBand;
import org.safeguarding.portal.intake.ReferralService;
import org.safeguarding.portal.intake.Subject;
import org.safeguarding.portal.messages.MessageService;
import org.safeguarding.portal.messages.MessageView;
import org.safeguarding.portal.notes.NoteService;
import org.safeguarding.portal.notes.NoteVersionView;
import org.safeguarding.portal.onward.OnwardReferralService;
import org.safeguarding.portal.onward.OnwardReferralView;
import org.safeguarding.portal.requests.RequestView;
import org.safeguarding.portal.requests.SurvivorRequestService;
import org.safeguarding.portal.subjectaccess.CopyContent.Item;
import org.safeguarding.portal.subjectaccess.CopyContent.Section;

/**
 * Gathers everything the portal holds about the survivor on one case into a {@link CopyContent}: their account and
 * what they added, messages both ways, the timeline, the contact plan and consents with their history, the charter's
 * promises and outcomes, onward referrals, closures and the reasons written to them, their requests and complaints,
 * staff notes (every version: the Data Protection Act gives access to them) and the list of who read or changed the
 * case. Reads through each feature's service inside the caller's transaction, which audits the preparation.
 */
@ApplicationScoped
class CopyAssembler {

    private final CaseService cases;
    private final ReferralService referrals;
    private final PreferencesService preferences;
    private final MessageService messages;
    private final CaseWorkflowService workflow;
    private final CharterService charter;
    private final OnwardReferralService onward;
    private final NoteService notes;
    private final SurvivorRequestService requests;
    private final CaseAccessList accessList;
    private final Messages words;

    CopyAssembler(CaseService cases, ReferralService referrals, PreferencesService preferences,
            MessageService messages, CaseWorkflowService workflow, CharterService charter,
            OnwardReferralService onward, NoteService notes, SurvivorRequestService requests,
            CaseAccessList accessList, Messages words) {
        this.cases = cases;
        this.referrals = referrals;
        this.preferences = preferences;
        this.messages = messages;
        this.workflow = workflow;
        this.charter = charter;
        this.onward = onward;
        this.notes = notes;
        this.requests = requests;
        this.accessList = accessList;
        this.words = words;
    }

    /** The copy of one of the survivor's own cases, as it stands at {@code at}. */
    @Transactional(Transactional.TxType.MANDATORY)
    CopyContent assemble(Actor survivor, UUID caseId, Instant at) {
        SurvivorCase found = cases.findById(caseId);
        List<MessageView> all = messages.messagesOf(caseId);
        PreferencesView prefs = preferences.preferencesOf(caseId);
        List<Section> sections = List.of(
                section("account", account(found, all)),
                section("messages", messages(all)),
                section("timeline", timeline(found, workflow.historyOf(caseId))),
                section("contact", contact(prefs)),
                section("promises", promises(charter.commitmentsOf(caseId))),
                section("onward", onward(onward.referralsOf(caseId))),
                section("closure", closures(caseId, workflow.historyOf(caseId))),
                section("requests", requests(requests.requestsOf(caseId))),
                section("notes", notes(caseId)),
                section("access", access(survivor, caseId)));
        return new CopyContent(found.reference(), at, sections);
    }

    private Section section(String key, List<Item> items) {
        return new Section(key, text("copy_section_" + key), items);
    }

    private List<Item> account(SurvivorCase found, List<MessageView> all) {
        ReferralService.OpeningSubmission opening = referrals.openingSubmissionOf(found.id());
        List<Item> items = new ArrayList<>();
        items.add(new Item("account", text("copy_item_account"), found.openedAt(),
                opening.account() == null ? text("copy_nothing_written") : opening.account()));
        List<String> answers = new ArrayList<>();
        answers.add(text("check_subject") + ": " + (opening.subject() == null ? text("answer_none")
                : text(Messages.key("answer_subject", Subject.valueOf(opening.subject())))));
        answers.add(text("check_age") + ": " + (opening.ageAtHarm() == null ? text("answer_none")
                : text(Messages.key("answer_age", AgeBand.valueOf(opening.ageAtHarm())))));
        answers.add(text("check_risk") + ": " + (opening.currentRisk() == null ? text("answer_none")
                : text(opening.currentRisk() ? "answer_risk_yes" : "answer_risk_no")));
        items.add(new Item("intake-answers", text("copy_item_intake_answers"), found.openedAt(),
                String.join("\n", answers)));
        all.stream().filter(MessageView::isAddition).forEach(m -> items.add(new Item("addition-" + m.id(),
                text("copy_item_addition"), m.sentAt(), m.text())));
        return items;
    }

    private List<Item> messages(List<MessageView> all) {
        return all.stream().filter(m -> !m.isAddition()).map(m -> {
            String label = m.fromSurvivor() ? text("copy_item_you_wrote") : "NOTICE".equals(m.kind())
                    ? text("copy_item_we_told_you") : text("copy_item_we_wrote");
            if (m.channel() != null && m.isOutsidePortal()) {
                label = label + " (" + text(Messages.key("channel", m.channel())) + ")";
            }
            String body = m.overrideReason() == null ? m.text()
                    : m.text() + "\n\n" + text("copy_override_reason") + " " + m.overrideReason();
            return new Item("message-" + m.id(), label, m.sentAt(), body);
        }).toList();
    }

    /** As the survivor's case page words it, with the reason a caseworker gave for a move (part of the record). */
    private List<Item> timeline(SurvivorCase found, List<StatusChangeView> history) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("status-0", text("copy_item_status"), found.openedAt(),
                status(CaseStatus.SUBMITTED)));
        for (int i = 0; i < history.size(); i++) {
            StatusChangeView change = history.get(i);
            String body = change.reason() == null ? status(change.to())
                    : status(change.to()) + "\n" + text("copy_move_reason") + " " + change.reason();
            items.add(new Item("status-" + (i + 1), text("copy_item_status"), change.at(), body));
        }
        return items;
    }

    private List<Item> contact(PreferencesView prefs) {
        List<Item> items = new ArrayList<>();
        List<ContactPlanView> plans = prefs.contactPlanHistory();
        for (int i = 0; i < plans.size(); i++) {
            items.add(new Item("contact-plan-" + (plans.size() - i), text(i == 0 ? "copy_item_plan_in_force"
                    : "copy_item_plan_earlier"), plans.get(i).since(), plan(plans.get(i))));
        }
        List<ConsentChange> changes = prefs.consentHistory();
        for (int i = 0; i < changes.size(); i++) {
            ConsentChange change = changes.get(i);
            items.add(new Item("consent-" + (changes.size() - i), text("copy_item_consent"), change.at(),
                    text(Messages.key("consent", change.purpose())) + ": "
                            + text(Messages.key("answer_consent", change.decision()))));
        }
        return items;
    }

    private String plan(ContactPlanView plan) {
        List<String> lines = new ArrayList<>();
        if (plan.noContact()) {
            lines.add(text("answer_no_contact"));
        }
        plan.channels().forEach(channel -> lines.add(text(Messages.key("channel", channel))));
        if (plan.voicemail() != null) {
            lines.add(text(plan.voicemail() ? "answer_voicemail_yes" : "answer_voicemail_no"));
        }
        plan.safeWindows().forEach(window -> lines.add(text(Messages.key("safe_window", window))));
        if (plan.safeTimes() != null) {
            lines.add(text("copy_safe_times") + " " + plan.safeTimes());
        }
        if (plan.codeWord() != null) {
            lines.add(text("check_code_word") + ": " + plan.codeWord());
        }
        if (plan.phone() != null) {
            lines.add(text("check_phone") + ": " + plan.phone());
        }
        if (plan.email() != null) {
            lines.add(text("check_email") + ": " + plan.email());
        }
        return String.join("\n", lines);
    }

    private List<Item> promises(List<CommitmentView> commitments) {
        return commitments.stream().map(c -> {
            List<String> lines = new ArrayList<>();
            lines.add(c.commitmentId() + ": " + c.text());
            lines.add(text(Messages.key("commitment_status", c.status())));
            if (c.waiverReason() != null) {
                lines.add(text("copy_waiver_reason") + " " + c.waiverReason());
            }
            return new Item("promise-" + c.id(), text("copy_item_promise"), c.startedAt(), String.join("\n", lines));
        }).toList();
    }

    private List<Item> onward(List<OnwardReferralView> referrals) {
        return referrals.stream().map(r -> new Item("onward-" + r.id(), text("copy_item_onward"), r.proposedAt(),
                text(Messages.key("partner", r.partner())) + ": " + text(Messages.key("onward_status", r.status()))
                        + (r.overrideReason() == null ? "" : "\n" + text("copy_onward_override") + " "
                                + r.overrideReason()))).toList();
    }

    /** Each closure and its recorded reason; the words written to the survivor are also in the messages. */
    private List<Item> closures(UUID caseId, List<StatusChangeView> history) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            StatusChangeView change = history.get(i);
            if (change.closureReason() != null && (change.to() == CaseStatus.CLOSED
                    || change.to() == CaseStatus.CLOSURE_PROPOSED)) {
                items.add(new Item("closure-" + (i + 1), status(change.to()), change.at(),
                        text(Messages.key("closure_reason", change.closureReason()))));
            }
        }
        workflow.closureExplanationOf(caseId).ifPresent(written -> items.add(new Item("closure-written",
                text("copy_item_closure_written"), null, written)));
        return items;
    }

    private List<Item> requests(List<RequestView> all) {
        return all.stream().map(r -> new Item("request-" + r.id(), text(r.isComplaint() ? "requests_complaint_made"
                : "requests_records_asked"), r.madeAt(), r.text() == null ? "" : r.text())).toList();
    }

    private List<Item> notes(UUID caseId) {
        List<Item> items = new ArrayList<>();
        notes.notesOf(caseId).forEach(note -> {
            for (NoteVersionView version : note.versions()) {
                items.add(new Item("note-" + note.id() + "-v" + version.version(), text("copy_item_note"),
                        version.writtenAt(), version.text()));
            }
        });
        return items;
    }

    /** One item: the list as the survivor's access page shows it (who as a role, never another member of staff). */
    private List<Item> access(Actor survivor, UUID caseId) {
        return accessList.listForCopy(survivor, caseId).map(listing -> {
            List<String> lines = new ArrayList<>();
            for (AccessEntry entry : listing.entries()) {
                lines.add(CopyDates.london(entry.at()) + " · " + entry.role() + " · " + entry.what() + " · "
                        + entry.purpose());
            }
            return List.of(new Item("access-list", text("copy_item_access"), null, String.join("\n", lines)));
        }).orElse(List.of());
    }

    private String status(CaseStatus status) {
        return text(Messages.key("status", status));
    }

    private String text(String key) {
        return words.text(key);
    }
}
