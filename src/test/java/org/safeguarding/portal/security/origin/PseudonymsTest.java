package org.safeguarding.portal.security.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** A pseudonym is stable under one key, differs by kind and by key, and shows nothing of what it stands for. */
class PseudonymsTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void theSameValueUnderTheSameKeyIsTheSamePseudonym() {
        Pseudonyms pseudonyms = new Pseudonyms(key(1));
        assertEquals(pseudonyms.of("client", "198.51.100.7"), new Pseudonyms(key(1)).of("client", "198.51.100.7"));
        assertNotEquals(pseudonyms.of("client", "198.51.100.7"), pseudonyms.of("client", "198.51.100.8"));
        assertNotEquals(pseudonyms.of("client", "x"), pseudonyms.of("subject", "x"));
        assertNotEquals(pseudonyms.of("client", "x"), new Pseudonyms(key(2)).of("client", "x"));
    }

    @Test
    void itIsBase64urlWithoutPaddingAndHoldsNothingOfTheValue() {
        String pseudonym = new Pseudonyms(key(1)).of("client", "198.51.100.7");
        assertTrue(pseudonym.matches("[A-Za-z0-9_-]{43}"), pseudonym);
        assertFalse(pseudonym.contains("198"));
    }
}
