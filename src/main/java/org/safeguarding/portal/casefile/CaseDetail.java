package org.safeguarding.portal.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.SurvivorCase;
import org.safeguarding.portal.cases.TimelineEntry;
import org.safeguarding.portal.charter.CommitmentView;
import org.safeguarding.portal.contact.ConsentPurpose;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.contact.ConsentView;
import org.safeguarding.portal.contact.ContactPlanView;
import org.safeguarding.portal.contact.PreferencesView;
import org.safeguarding.portal.acknowledgement.Acknowledgement;
import org.safeguarding.portal.intake.AgeBand;
import org.safeguarding.portal.intake.ReferralService.OpeningSubmission;
import org.safeguarding.portal.intake.Subject;
import org.safeguarding.portal.messages.MessageView;
import org.safeguarding.portal.requests.RequestView;

/**
 * The case as its pages show it, for its owner or a caseworker; every read of it is audited. The JSON API answers with
 * {@link CaseResponse}.
 */
public record CaseDetail(UUID id, String reference, CaseStatus status, Instant openedAt, String account,
        IntakeAnswers intake, Acknowledgement acknowledgement, PreferencesView preferences,
        List<TimelineEntry> timeline, List<MessageView> messages, String assignedWorker,
        List<CommitmentView> commitments, List<RequestView> requests) {
    static CaseDetail of(SurvivorCase c, OpeningSubmission opening, PreferencesView preferences,
            List<TimelineEntry> timeline, List<MessageView> messages, List<CommitmentView> commitments,
            List<RequestView> requests) {
        return new CaseDetail(c.id(), c.reference(), c.status(), c.openedAt(), opening.account(),
                new IntakeAnswers(opening.subject(), opening.ageAtHarm(), opening.currentRisk()),
                opening.acknowledgement(), preferences, timeline, messages, c.assigneeName(), commitments, requests);
    }

    /** The survivor's own view: why a contact went ahead against their plan is the hub's internal record. */
    CaseDetail forSurvivor() {
        List<MessageView> own = messages.stream().map(m -> m.overrideReason() == null ? m
                : new MessageView(m.id(), m.kind(), m.fromSurvivor(), m.text(), m.sentAt(), m.channel(), null))
                .toList();
        return new CaseDetail(id, reference, status, openedAt, account, intake, acknowledgement, preferences,
                timeline, own, assignedWorker, commitments, requests);
    }

    public boolean isWithdrawn() {
        return status == CaseStatus.WITHDRAWN;
    }

    public boolean isPaused() {
        return status == CaseStatus.PAUSED_BY_SURVIVOR;
    }

    /** The intake answers and the contact plan in force, in plain words, for the case pages. */
    public List<AnswerRow> answerRows() {
        List<AnswerRow> rows = new java.util.ArrayList<>();
        rows.add(row("subject", "check_subject", intake.subject() == null ? null
                : Messages.key("answer_subject", Subject.valueOf(intake.subject()))));
        rows.add(row("age-at-harm", "check_age", intake.ageAtHarm() == null ? null
                : Messages.key("answer_age", AgeBand.valueOf(intake.ageAtHarm()))));
        rows.add(row("current-risk", "check_risk", intake.currentRisk() == null ? null
                : intake.currentRisk() ? "answer_risk_yes" : "answer_risk_no"));
        ContactPlanView plan = preferences.contactPlan();
        if (plan != null) {
            List<String> keys = new java.util.ArrayList<>();
            if (plan.noContact()) {
                keys.add("answer_no_contact");
            }
            plan.channels().forEach(channel -> keys.add(Messages.key("channel", channel)));
            if (plan.voicemail() != null) {
                keys.add(plan.voicemail() ? "answer_voicemail_yes" : "answer_voicemail_no");
            }
            plan.safeWindows().forEach(window -> keys.add(Messages.key("safe_window", window)));
            rows.add(new AnswerRow("contact-plan", "check_contact", keys,
                    plan.safeTimes() == null ? "" : plan.safeTimes()));
            if (plan.codeWord() != null) {
                rows.add(new AnswerRow("code-word", "check_code_word", List.of(), plan.codeWord()));
            }
            if (plan.phone() != null) {
                rows.add(new AnswerRow("phone", "check_phone", List.of(), plan.phone()));
            }
            if (plan.email() != null) {
                rows.add(new AnswerRow("email", "check_email", List.of(), plan.email()));
            }
        }
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            ConsentView consent = preferences.consents().get(purpose);
            rows.add(row("consent-" + purpose, Messages.key("consent", purpose),
                    consent == null ? null : Messages.key("answer_consent", consent.decision())));
        }
        return rows;
    }

    private static AnswerRow row(String id, String labelKey, String valueKey) {
        return new AnswerRow(id, labelKey, List.of(valueKey == null ? "answer_none" : valueKey), "");
    }
}
