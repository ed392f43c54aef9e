package org.safeguarding.portal.cases;

import java.security.SecureRandom;

/**
 * Case references people read out on the phone: ten characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L, U), grouped 5-5, drawn from a secure random source so they are neither sequential nor guessable
 * (about 49 bits).
 */
final class CaseReference {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CaseReference() {
    }

    static String next() {
        StringBuilder reference = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }

    static boolean isWellFormed(String reference) {
        return reference != null && reference.matches("[A-HJKMNP-TV-Z2-9]{5}-[A-HJKMNP-TV-Z2-9]{5}");
    }
}
