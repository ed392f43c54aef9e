package org.safeguarding.portal.intake.referrer;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Invitation codes: 20 characters from 32 that cannot be mistaken for each other when read out (no 0/O, 1/I),
 * 100 random bits, shown in groups of five. So many bits make guessing hopeless, which is why a keyed hash (not a
 * slow one) is enough to store them and to find one again.
 */
final class InvitationCodes {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, without spaces or dashes and in capitals; empty if it cannot be one. */
    static Optional<String> normalised(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
