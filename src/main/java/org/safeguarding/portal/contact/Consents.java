package org.safeguarding.portal.contact;

import java.util.EnumMap;
import java.util.Map;

/** Answers per purpose as a survivor gives them; a purpose left out (null) is simply not answered, never consent. */
public record Consents(ConsentDecision police, ConsentDecision health, ConsentDecision isva, ConsentDecision partners,
        ConsentDecision statistics) {

    public static final Consents NONE = new Consents(null, null, null, null, null);

    /** The answered purposes. */
    public Map<ConsentPurpose, ConsentDecision> answered() {
        Map<ConsentPurpose, ConsentDecision> answers = new EnumMap<>(ConsentPurpose.class);
        put(answers, ConsentPurpose.POLICE, police);
        put(answers, ConsentPurpose.HEALTH, health);
        put(answers, ConsentPurpose.ISVA, isva);
        put(answers, ConsentPurpose.PARTNERS, partners);
        put(answers, ConsentPurpose.STATISTICS, statistics);
        return answers;
    }

    public static Consents of(Map<ConsentPurpose, ConsentDecision> answers) {
        return new Consents(answers.get(ConsentPurpose.POLICE), answers.get(ConsentPurpose.HEALTH),
                answers.get(ConsentPurpose.ISVA), answers.get(ConsentPurpose.PARTNERS),
                answers.get(ConsentPurpose.STATISTICS));
    }

    private static void put(Map<ConsentPurpose, ConsentDecision> answers, ConsentPurpose purpose,
            ConsentDecision decision) {
        if (decision != null) {
            answers.put(purpose, decision);
        }
    }
}
