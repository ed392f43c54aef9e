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

    /**
     * A reference as someone typed it after hearing it on the phone, in the stored form: any case, spaces and dashes
     * anywhere ("abcde fghjk", "ABCDE-FGHJK", "a-b-c-d-e-f-g-h-j-k"). Empty when it cannot be a reference at all.
     */
    static java.util.Optional<String> normalised(String typed) {
        if (typed == null || typed.length() > 64) {
            return java.util.Optional.empty();
        }
        String letters = typed.replaceAll("[\\s\u00a0\\-\u2010-\u2015\u2212]", "").toUpperCase(java.util.Locale.ROOT);
        String reference = letters.length() == 10 ? letters.substring(0, 5) + "-" + letters.substring(5) : letters;
        return isWellFormed(reference) ? java.util.Optional.of(reference) : java.util.Optional.empty();
    }

    static boolean isWellFormed(String reference) {
        return reference != null && reference.matches("[A-HJKMNP-TV-Z2-9]{5}-[A-HJKMNP-TV-Z2-9]{5}");
    }
}
