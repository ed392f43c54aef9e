package org.safeguarding.portal.acceptance;

import java.security.SecureRandom;
import java.util.Base64;

/** Someone with an account in the production realm; the password is random and meets the realm's policy. */
record Person(String username, String firstName, String lastName, String email, String password) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static Person named(String username, String firstName, String lastName) {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        return new Person(username, firstName, lastName, username + "@people.example.invalid",
                Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }
}
