package org.safeguarding.portal.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguarding.portal.contact.ContactChannel;
import org.safeguarding.portal.contact.ContactPlan;
import org.safeguarding.portal.receipt.ReceiptCodes;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two instances of the service must agree on whether a retry is the same request: a set (whose iteration order is
 * seeded per JVM, so another instance may list it differently) is written in one order, and a different answer
 * anywhere is a different request.
 */
class RequestFingerprintsTest {

    private final RequestFingerprints fingerprints = new RequestFingerprints(new ObjectMapper(),
            new ReceiptCodes(new byte[32]));

    @Test
    void aSetIsWrittenInOneOrderWhateverOrderItIterates() {
        String text = fingerprints.canonicalText(form("Same words", ContactChannel.values()));
        assertTrue(text.contains("\"channels\":[\"EMAIL\",\"LETTER\",\"PHONE\",\"PORTAL\",\"SMS\"]"), text);
    }

    @Test
    void theSameAnswersGiveTheSameFingerprint() {
        assertArrayEquals(fingerprints.of(form("Same words", ContactChannel.PORTAL, ContactChannel.LETTER)),
                fingerprints.of(form("Same words", ContactChannel.LETTER, ContactChannel.PORTAL)));
    }

    @Test
    void anotherAnswerIsAnotherRequest() {
        byte[] one = fingerprints.of(form("Same words", ContactChannel.PORTAL));
        assertFalse(Arrays.equals(one, fingerprints.of(form("Other words", ContactChannel.PORTAL))));
        assertFalse(Arrays.equals(one, fingerprints.of(form("Same words", ContactChannel.PORTAL,
                ContactChannel.LETTER))));
    }

    private static ReferralForm form(String account, ContactChannel... channels) {
        return new ReferralForm(account, null, null, null, new ContactPlan(Set.of(channels), null, null, null, false,
                null, null, null), null, null, null, null, null);
    }
}
