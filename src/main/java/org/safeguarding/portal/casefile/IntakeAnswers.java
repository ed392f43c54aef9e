package org.safeguarding.portal.casefile;

/** The structured answers given with the account; null where the survivor did not answer. */
public record IntakeAnswers(String subject, String ageAtHarm, Boolean currentRisk) {
}
