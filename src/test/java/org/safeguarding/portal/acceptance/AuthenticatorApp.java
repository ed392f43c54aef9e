package org.safeguarding.portal.acceptance;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a member of staff's authenticator app does for the suite: keeps the secret they enrolled on Keycloak's setup
 * page (the text shown under "Unable to scan?") and gives the code of the moment, by RFC 6238 with the production
 * realm's OTP policy (HMAC-SHA1, 6 digits, 30 seconds). Keycloak refuses a code used before, so a second sign-in
 * within the same 30 seconds waits for the next code, as a person would.
 */
final class AuthenticatorApp {

    private static final long PERIOD_SECONDS = 30;
    private static final Map<String, byte[]> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private AuthenticatorApp() {
    }

    static void enrol(String username, String shownSecret) {
        SECRETS.put(username, base32(shownSecret));
    }

    static boolean enrolled(String username) {
        return SECRETS.containsKey(username);
    }

    /** The code to type now; waits for the next period if this person already used the current one. */
    static String codeFor(String username) throws InterruptedException {
        byte[] secret = SECRETS.get(username);
        if (secret == null) {
            throw new IllegalStateException(username + " has not set up a one-time code");
        }
        long step = Instant.now().getEpochSecond() / PERIOD_SECONDS;
        while (LAST_STEP.getOrDefault(username, -1L) >= step) {
            Thread.sleep(500);
            step = Instant.now().getEpochSecond() / PERIOD_SECONDS;
        }
        LAST_STEP.put(username, step);
        return code(secret, step);
    }

    /** A code that is not the right one for this moment or the moments either side of it (the realm looks one step each way). */
    static String wrongCodeFor(String username) {
        byte[] secret = SECRETS.get(username);
        long step = Instant.now().getEpochSecond() / PERIOD_SECONDS;
        for (int candidate = 0; ; candidate++) {
            String wrong = String.format(Locale.ROOT, "%06d", candidate);
            if (!wrong.equals(code(secret, step - 1)) && !wrong.equals(code(secret, step))
                    && !wrong.equals(code(secret, step + 1))) {
                return wrong;
            }
        }
    }

    static String code(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4648 base32, as Keycloak shows the secret (in groups of four, spaces between). */
    static byte[] base32(String shown) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : shown.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT).toCharArray()) {
            int value = alphabet.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
