package org.safeguarding.portal.intake.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.safeguarding.portal.intake.Ethnicity;
import org.safeguarding.portal.intake.Sex;
import org.safeguarding.portal.intake.Subject;

/** Drafts are stored as JSON (encrypted): one saved before the "About you" step existed still reads. */
class DraftAnswersTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aDraftSavedBeforeAboutYouReadsWithThoseAnswersUnanswered() throws Exception {
        DraftAnswers old = json.readValue("{\"idempotencyKey\":\"k\",\"account\":\"written earlier\","
                + "\"subject\":\"SELF\",\"ageAtHarm\":null,\"currentRisk\":true,\"contactPlan\":null,"
                + "\"consents\":null}", DraftAnswers.class);
        assertEquals("written earlier", old.account());
        assertNull(old.sex());
        assertNull(old.ethnicity());
        assertNull(old.ward());
    }

    @Test
    void theAboutYouAnswersSurviveTheRoundTrip() throws Exception {
        DraftAnswers draft = new DraftAnswers("k", null, null, null, null, null, null, Sex.MALE,
                Ethnicity.PREFER_NOT_TO_SAY, "OUTSIDE_AREA");
        assertEquals(draft, json.readValue(json.writeValueAsString(draft), DraftAnswers.class));
    }

    @Test
    void goingBackToAnEarlierStepKeepsTheAboutYouAnswers() {
        DraftAnswers answered = DraftAnswers.empty("k").withAboutYou(Sex.FEMALE, Ethnicity.MIXED, "W05");
        StepForm who = new StepForm();
        who.subject = "SELF";

        DraftAnswers changed = IntakeSteps.apply(IntakeSteps.WHO, answered, who, null).answers(); // step 2 reads no areas

        assertEquals(Subject.SELF, changed.subject());
        assertEquals(Sex.FEMALE, changed.sex());
        assertEquals(Ethnicity.MIXED, changed.ethnicity());
        assertEquals("W05", changed.ward());
    }
}
