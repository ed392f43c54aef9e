package org.safeguarding.portal.acknowledgement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.safeguarding.portal.security.DocumentSigner;

/** Issues and checks signed acknowledgements of submissions. */
@ApplicationScoped
public class Acknowledgements {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private final DocumentSigner signer;
    private final ObjectMapper json;

    Acknowledgements(DocumentSigner signer, ObjectMapper json) {
        this.signer = signer;
        this.json = json;
    }

    public Acknowledgement issue(String reference, Instant submittedAt, String account) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Acknowledgement unsigned = new Acknowledgement(Acknowledgement.VERSION, reference, submittedAt.toString(),
                digest(salt, account), BASE64URL.encodeToString(salt), null);
        String signature = BASE64URL.encodeToString(signer.sign(unsigned.signedContent()));
        return new Acknowledgement(unsigned.version(), reference, unsigned.submittedAt(), unsigned.digest(),
                unsigned.salt(), signature);
    }

    /** True only for an acknowledgement this portal signed, unchanged in any field. */
    public boolean verifies(Acknowledgement acknowledgement) {
        if (acknowledgement == null || !acknowledgement.isComplete()
                || !Acknowledgement.VERSION.equals(acknowledgement.version())) {
            return false;
        }
        try {
            return signer.verifies(BASE64URL_DECODER.decode(acknowledgement.signature()),
                    acknowledgement.signedContent());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    public String publicKeyset() {
        return signer.publicKeysetJson();
    }

    static String digest(byte[] salt, String account) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return "sha256:" + BASE64URL.encodeToString(sha.digest(account.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The acknowledgement exactly as a survivor keeps it and the verify endpoint takes it. */
    public String toJson(Acknowledgement acknowledgement) {
        try {
            return json.writeValueAsString(acknowledgement);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("acknowledgement not serialisable");
        }
    }

    public Acknowledgement fromJson(String stored) {
        try {
            return json.readValue(stored, Acknowledgement.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored acknowledgement unreadable");
        }
    }
}
