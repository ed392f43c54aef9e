package org.safeguarding.portal.receipt;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import org.safeguarding.portal.security.SecurityConfig;

/**
 * Receipt codes: 20 digits from a secure random source (about 66 bits), shown once as five groups of four. Stored
 * only as an Argon2id hash with the installation's receipt key as its secret. The salt is fixed so the same code
 * always gives the same hash and is found by an index lookup; the secret key is what stops an offline search of
 * the code space by anyone holding a copy of the database.
 */
@ApplicationScoped
public class ReceiptCodes {

    static final int DIGITS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] SALT = "portal-receipt/v1".getBytes(StandardCharsets.US_ASCII);
    /** OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane (tens of milliseconds per code here). */
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final String NOT_A_CODE = "0".repeat(DIGITS);

    private final byte[] key;

    @Inject
    ReceiptCodes(SecurityConfig config) {
        this(Base64.getDecoder().decode(config.receiptKey()
                .orElseThrow(() -> new IllegalStateException("portal.security.receipt-key is not set")).trim()));
    }

    /** With the key given directly rather than from the configuration (tests). */
    public ReceiptCodes(byte[] key) {
        if (key.length < 32) {
            throw new IllegalStateException("portal.security.receipt-key must be at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** A new code, grouped for reading out: "1234 5678 9012 3456 7890". */
    String newCode() {
        StringBuilder code = new StringBuilder(DIGITS + 4);
        for (int i = 0; i < DIGITS; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append(' ');
            }
            code.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return code.toString();
    }

    /** The 20 digits of a code as typed (spaces and hyphens ignored), or empty if it cannot be a code. */
    static Optional<String> digitsOf(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s-]", "");
        return digits.matches("[0-9]{" + DIGITS + "}") ? Optional.of(digits) : Optional.empty();
    }

    /**
     * The stored form of a typed code. Input that cannot be a code is hashed too (as a code no one holds), so every
     * attempt costs the same time whatever was typed.
     */
    byte[] hash(String typed) {
        String digits = digitsOf(typed).orElse(NOT_A_CODE);
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(MEMORY_KIB)
                .withIterations(ITERATIONS).withParallelism(1).withSalt(SALT).withSecret(key).build();
        Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
        argon2.init(parameters);
        byte[] out = new byte[32];
        argon2.generateBytes(digits.getBytes(StandardCharsets.US_ASCII), out);
        return out;
    }

    /**
     * A keyed hash for values that must be matched but never stored: idempotency keys and submissions (intake), client
     * addresses.
     */
    public byte[] hmac(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Seals a code so that only a retry of the same submission can recover it: the key is derived from the client's
     * Idempotency-Key, which the service never stores, and the owner is bound in as associated data.
     */
    static byte[] sealForReplay(String code, String idempotencyKey, String ownerSubject) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, replayKey(idempotencyKey), new GCMParameterSpec(128, nonce));
            aes.updateAAD(ownerSubject.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = aes.doFinal(code.getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed");
        }
    }

    static Optional<String> openReplay(byte[] sealed, String idempotencyKey, String ownerSubject) {
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, replayKey(idempotencyKey), new GCMParameterSpec(128, sealed, 0, 12));
            aes.updateAAD(ownerSubject.getBytes(StandardCharsets.UTF_8));
            return Optional.of(new String(aes.doFinal(sealed, 12, sealed.length - 12), StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static SecretKeySpec replayKey(String idempotencyKey) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(idempotencyKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return new SecretKeySpec(mac.doFinal("portal-receipt-replay/v1".getBytes(StandardCharsets.US_ASCII)), "AES");
    }
}
