package org.safeguarding.portal.security.origin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keyed hashes that stand for a client address, a subject or a session wherever one must be recognised again (limits,
 * security events, audit rows) but never read: HMAC-SHA256 under a key of its own, derived from the receipt key
 * ({@code PORTAL_SECURITY_RECEIPT_KEY}) with the label {@code portal-pseudonym/v1}, so it never equals a receipt-code
 * hash or an idempotency HMAC. Without the key a pseudonym cannot be tied back to an address by trying them all.
 */
@ApplicationScoped
public class Pseudonyms {

    private static final byte[] LABEL = "portal-pseudonym/v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    @Inject
    Pseudonyms(@ConfigProperty(name = "portal.security.receipt-key") java.util.Optional<String> receiptKey) {
        this(Base64.getDecoder().decode(receiptKey
                .orElseThrow(() -> new IllegalStateException("portal.security.receipt-key is not set")).trim()));
    }

    /** With the receipt key given directly (tests). */
    public Pseudonyms(byte[] receiptKey) {
        this.key = new SecretKeySpec(mac(new SecretKeySpec(receiptKey, "HmacSHA256"), LABEL), "HmacSHA256");
    }

    /** The pseudonym of a value of one kind ("client", "subject", "session"): base64url without padding. */
    public String of(String kind, String value) {
        byte[] input = (kind + '\0' + value).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, input));
    }

    private static byte[] mac(SecretKeySpec key, byte[] input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
