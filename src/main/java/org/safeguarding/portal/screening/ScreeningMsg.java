package org.safeguarding.portal.screening;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.safeguarding.portal.cases.RiskLevel;

/**
 * Screening a case ({@link ScreeningPages}, and the screening on the record): the facts, the risk level and its
 * overrides, the police choice and what was found.
 * <p>In {@code messages/screening.properties}; templates use {@code {screening:key}} (docs/pages.md: one bundle per
 * feature).
 */
@MessageBundle(value = "screening", locale = "en")
public interface ScreeningMsg {

    /** A risk level: {@code risk_<CONSTANT>} (the queue's filter names the same keys, by choice, at run time). */
    @Message
    String risk(RiskLevel riskLevel);

    @Message
    String risk_UNSCREENED();

    @Message
    String screening_heading();

    @Message
    String screening_record();

    @Message
    String screening_subject();

    @Message
    String subject_type(SubjectType subjectType);

    @Message
    String screening_danger();

    @Message
    String screening_facts();

    @Message
    String override(RiskOverride riskOverride);

    @Message
    String screening_enhanced();

    @Message
    String screening_risk();

    @Message
    String screening_risk_hint();

    @Message
    String screening_police();

    @Message
    String police(PoliceReferralChoice policeReferralChoice);

    @Message
    String screening_rationale();

    @Message
    String screening_rationale_hint();

    @Message
    String screening_save();

    @Message
    String screening_classification();

    @Message
    String screening_classification_hint();

    @Message
    String classification(Classification classification);
}
