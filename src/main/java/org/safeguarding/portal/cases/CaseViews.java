package org.safeguarding.portal.cases;

import org.safeguarding.portal.access.BreakGlassReason;
import org.safeguarding.portal.contact.ConsentDecision;
import org.safeguarding.portal.contact.ConsentPurpose;
import org.safeguarding.portal.contact.ContactChannel;
import org.safeguarding.portal.contact.SafeWindow;
import org.safeguarding.portal.onward.OnwardReferralStatus;
import org.safeguarding.portal.onward.Partner;
import org.safeguarding.portal.screening.Classification;
import org.safeguarding.portal.screening.PoliceReferralChoice;
import org.safeguarding.portal.screening.RiskOverride;
import org.safeguarding.portal.screening.SubjectType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safeguarding.portal.charter.CharterService;
import org.safeguarding.portal.charter.CommitmentView;
import org.safeguarding.portal.intake.Acknowledgement;
import org.safeguarding.portal.intake.ReferralService.OpeningSubmission;

/** What pages and the API show of a case. */
public final class CaseViews {

    private CaseViews() {
    }

    /** A line in a list: no free text, so a queue or list never shows anyone's account. */
    public record CaseSummary(UUID id, String reference, CaseStatus status, Instant openedAt, String assignee,
            RiskLevel risk, boolean riskNow, boolean escalated, Instant nextDue) {
        static CaseSummary of(SurvivorCase c) {
            return new CaseSummary(c.id, c.reference, c.status, c.openedAt, c.assigneeName, c.risk,
                    c.riskRank == 0, c.isEscalated(), c.nextDueAt == null || CharterService.NO_DEADLINE.equals(c.nextDueAt)
                            ? null : c.nextDueAt);
        }

        static CaseSummary of(QueueRow row) {
            return new CaseSummary(row.id(), row.reference(), row.status(), row.openedAt(), row.assigneeName(),
                    row.risk(), row.riskRank() == 0, row.breachRank() == 0,
                    CharterService.NO_DEADLINE.equals(row.nextDueAt()) ? null : row.nextDueAt());
        }

        public String riskKey() {
            return "risk_" + risk;
        }

        /** High risk, or unscreened with someone at risk now: marked in words, not only by colour. */
        public boolean isUrgent() {
            return riskNow;
        }
    }

    /**
     * What a caseworker sees beyond the survivor's own view: the screening in force, onward referrals, the status
     * history with who and why, and where the case may go next.
     */
    public record CaseRecord(@com.fasterxml.jackson.annotation.JsonUnwrapped CaseDetail detail, RiskLevel risk,
            boolean assignedToReader, ScreeningView screening, List<OnwardReferralView> onwardReferrals,
            List<StatusChangeView> statusHistory, java.util.Set<CaseStatus> nextStatuses, String accessPurpose,
            Short contactEveryDays, ClosureReason closureReason) {

        /** Proposing closure is one of the moves offered: the page asks why the case would close. */
        public boolean canProposeClosure() {
            return nextStatuses.contains(CaseStatus.CLOSURE_PROPOSED);
        }

        public List<ClosureReason> closureReasons() {
            return List.of(ClosureReason.values());
        }

        public String closureReasonKey(ClosureReason reason) {
            return "closure_reason_" + reason;
        }

        public List<Classification> classifications() {
            return List.of(Classification.values());
        }

        public String classificationKey(Classification classification) {
            return "classification_" + classification;
        }

        public String currentRiskKey() {
            return riskKey(risk);
        }

        // The choices the record page offers, with the bundle key of each one's words.

        public List<SubjectType> subjectTypes() {
            return List.of(SubjectType.values());
        }

        public String subjectKey(SubjectType type) {
            return "subject_type_" + type;
        }

        public List<RiskLevel> riskLevels() {
            return List.of(RiskLevel.values());
        }

        public String riskKey(RiskLevel level) {
            return "risk_" + level;
        }

        public List<PoliceReferralChoice> policeChoices() {
            return List.of(PoliceReferralChoice.values());
        }

        public String policeKey(PoliceReferralChoice choice) {
            return "police_" + choice;
        }

        public List<Partner> partners() {
            return List.of(Partner.values());
        }

        public String partnerKey(Partner partner) {
            return "partner_" + partner;
        }

        public List<ContactChannel> channels() {
            return List.of(ContactChannel.values());
        }

        public String channelKey(ContactChannel channel) {
            return "channel_" + channel;
        }
    }

    /** A screening as recorded: the facts, the caseworker's level, the level after overrides and which applied. */
    public record ScreeningView(Instant screenedAt, SubjectType subjectType, boolean immediateDanger,
            boolean childUnder13, boolean learningDisability, boolean childExploitation, RiskLevel assessedRisk,
            RiskLevel risk, List<RiskOverride> overrides, boolean enhancedRights, PoliceReferralChoice policeReferral,
            String rationale, Classification classification) {

        public String classificationKey() {
            return "classification_" + classification;
        }

        public String subjectKey() {
            return "subject_type_" + subjectType;
        }

        public String riskKey() {
            return "risk_" + risk;
        }

        public String policeKey() {
            return "police_" + policeReferral;
        }
    }

    public record OnwardReferralView(UUID id, Partner partner, OnwardReferralStatus status, String basis,
            Instant proposedAt, String overrideReason) {
        public boolean isOverride() {
            return "CHILD_RISK_OVERRIDE".equals(basis);
        }

        public String partnerKey() {
            return "partner_" + partner;
        }

        /** Where it may go next, for the page's choice (none once answered for good). */
        public List<OnwardReferralStatus> nextStatuses() {
            return java.util.Arrays.stream(OnwardReferralStatus.values()).filter(status::mayBecome).toList();
        }
    }

    /** A records request or a complaint (its words, for those allowed to read the case), and when it was answered. */
    public record RequestView(UUID id, String kind, String text, Instant madeAt, Instant answeredAt) {
        public boolean isComplaint() {
            return "COMPLAINT".equals(kind);
        }
    }

    /** A break-glass opening awaiting review: case reference, who, when, why. */
    public record BreakGlassView(UUID id, UUID caseId, String reference, String openedBy, Instant openedAt,
            BreakGlassReason reason, String explanation, boolean ownOpening) {
    }

    /**
     * One change of status with who made it (role, and subject for staff), their reason, decrypted, and why the case
     * closes on the changes that proposed or completed closure.
     */
    public record StatusChangeView(Instant at, CaseStatus from, CaseStatus to, String byRole, String bySubject,
            String reason, ClosureReason closureReason) {
        public String closureReasonKey() {
            return "closure_reason_" + closureReason;
        }
    }

    /** The whole record, for its owner or a caseworker; every read of it is audited. */
    public record CaseDetail(UUID id, String reference, CaseStatus status, Instant openedAt, String account,
            IntakeAnswers intake, Acknowledgement acknowledgement, PreferencesView preferences,
            List<TimelineEntry> timeline, List<MessageView> messages, String assignedWorker,
            List<CommitmentView> commitments, List<RequestView> requests) {
        static CaseDetail of(SurvivorCase c, OpeningSubmission opening, PreferencesView preferences,
                List<TimelineEntry> timeline, List<MessageView> messages, List<CommitmentView> commitments,
                List<RequestView> requests) {
            return new CaseDetail(c.id, c.reference, c.status, c.openedAt, opening.account(),
                    new IntakeAnswers(opening.subject(), opening.ageAtHarm(), opening.currentRisk()),
                    opening.acknowledgement(), preferences, timeline, messages, c.assigneeName, commitments, requests);
        }

        /** The survivor's own view: why a contact went ahead against their plan is the hub's internal record. */
        CaseDetail forSurvivor() {
            List<MessageView> own = messages.stream().map(m -> m.overrideReason() == null ? m
                    : new MessageView(m.id(), m.kind(), m.fromSurvivor(), m.text(), m.sentAt(), m.channel(), null))
                    .toList();
            return new CaseDetail(id, reference, status, openedAt, account, intake, acknowledgement, preferences,
                    timeline, own, assignedWorker, commitments, requests);
        }

        public boolean isPaused() {
            return status == CaseStatus.PAUSED_BY_SURVIVOR;
        }

        /** The intake answers and the contact plan in force, in plain words, for the case pages. */
        public List<AnswerRow> answerRows() {
            List<AnswerRow> rows = new java.util.ArrayList<>();
            rows.add(row("subject", "check_subject", intake.subject() == null ? null : "answer_subject_" + intake.subject()));
            rows.add(row("age-at-harm", "check_age", intake.ageAtHarm() == null ? null : "answer_age_" + intake.ageAtHarm()));
            rows.add(row("current-risk", "check_risk", intake.currentRisk() == null ? null
                    : intake.currentRisk() ? "answer_risk_yes" : "answer_risk_no"));
            ContactPlanView plan = preferences.contactPlan();
            if (plan != null) {
                List<String> keys = new java.util.ArrayList<>();
                if (plan.noContact()) {
                    keys.add("answer_no_contact");
                }
                plan.channels().forEach(channel -> keys.add("channel_" + channel));
                if (plan.voicemail() != null) {
                    keys.add(plan.voicemail() ? "answer_voicemail_yes" : "answer_voicemail_no");
                }
                plan.safeWindows().forEach(window -> keys.add("safe_window_" + window));
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
                rows.add(row("consent-" + purpose, "consent_" + purpose,
                        consent == null ? null : "answer_consent_" + consent.decision()));
            }
            return rows;
        }

        private static AnswerRow row(String id, String labelKey, String valueKey) {
            return new AnswerRow(id, labelKey, List.of(valueKey == null ? "answer_none" : valueKey), "");
        }
    }

    /** A row of answers on a case page: the label, the answer as message keys, the person's own words, an id. */
    public record AnswerRow(String id, String labelKey, List<String> valueKeys, String text) {
    }

    /** A step in the case's history: from when, the status it entered (plain words come from the bundle). */
    public record TimelineEntry(Instant at, CaseStatus status) {
    }

    /** A message or an addition, decrypted for someone allowed to read the case. */
    public record MessageView(UUID id, String kind, boolean fromSurvivor, String text, Instant sentAt,
            ContactChannel channel, String overrideReason) {

        public boolean isOutsidePortal() {
            return channel != ContactChannel.PORTAL;
        }

        public String channelKey() {
            return "channel_" + channel;
        }

        public boolean isAddition() {
            return "ADDITION".equals(kind);
        }
    }

    /** A caseworker's note with all its versions, oldest first; the last one is the note as it stands. */
    public record NoteView(UUID id, Instant createdAt, List<NoteVersionView> versions) {
        public NoteVersionView current() {
            return versions.get(versions.size() - 1);
        }
    }

    /** One version of a note: its words, when, the flagged phrases it kept and the reason given for keeping them. */
    public record NoteVersionView(int version, String text, Instant writtenAt, List<String> flaggedTerms,
            String confirmReason) {
    }

    /** The structured answers given with the account; null where the survivor did not answer. */
    public record IntakeAnswers(String subject, String ageAtHarm, Boolean currentRisk) {
    }

    /** The contact-safety plan in force (or one past version of it). */
    public record ContactPlanView(List<ContactChannel> channels, Boolean voicemail, String safeTimes, String codeWord,
            boolean noContact, Instant since, List<SafeWindow> safeWindows, String phone, String email) {
    }

    public record ConsentView(ConsentDecision decision, Instant since) {
    }

    /** One recorded answer; {@code previous} is the answer it replaced (a withdrawal: GRANTED to anything else). */
    public record ConsentChange(ConsentPurpose purpose, ConsentDecision decision, ConsentDecision previous,
            Instant at, String byRole) {
        public boolean isWithdrawal() {
            return previous == ConsentDecision.GRANTED && decision != ConsentDecision.GRANTED;
        }

        public String purposeKey() {
            return "consent_" + purpose;
        }

        public String decisionKey() {
            return "answer_consent_" + decision;
        }
    }

    /** The plan and consents in force, and their whole history, newest first. */
    public record PreferencesView(ContactPlanView contactPlan, Map<ConsentPurpose, ConsentView> consents,
            List<ConsentChange> consentHistory, List<ContactPlanView> contactPlanHistory) {
    }
}
