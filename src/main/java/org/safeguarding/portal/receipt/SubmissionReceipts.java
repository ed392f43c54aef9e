package org.safeguarding.portal.receipt;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The receipt of a submission through the API without an account (intake's {@code submitAnonymously}): issued in the
 * submission's own transaction, and found again by the keyed hash of its Idempotency-Key when the client retries.
 * Intake decides whether a retry is answered; this only keeps the receipt and its sealed code.
 */
@ApplicationScoped
public class SubmissionReceipts {

    private final ReceiptCodes codes;
    private final ReceiptRepository receipts;
    private final Clock clock;

    SubmissionReceipts(ReceiptCodes codes, ReceiptRepository receipts, Clock clock) {
        this.codes = codes;
        this.receipts = receipts;
        this.clock = clock;
    }

    /** A receipt kept for a submission, as a retry needs it. */
    public record KeptReceipt(String ownerSubject, Instant createdAt, byte[] requestFingerprint,
            byte[] replayCiphertext) {

        /** The code, for a retry with the very Idempotency-Key it was sealed under; empty for any other key. */
        public Optional<String> codeFor(String idempotencyKey) {
            return ReceiptCodes.openReplay(replayCiphertext, idempotencyKey, ownerSubject);
        }
    }

    /** A new pseudonymous owner, never derived from anything about the person. */
    public static String newOwner() {
        return Receipt.newOwner();
    }

    /**
     * Issues the receipt of a submission stored in the caller's transaction and returns its code, which is kept
     * nowhere but sealed under the client's Idempotency-Key (see {@link ReceiptCodes#sealForReplay}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(String ownerSubject, byte[] idempotencyHmac, byte[] requestFingerprint,
            String idempotencyKey) {
        String code = codes.newCode();
        Receipt receipt = new Receipt(ownerSubject, codes.hash(code), Instant.now(clock));
        receipt.idempotencyHmac = idempotencyHmac;
        receipt.requestFingerprint = requestFingerprint;
        receipt.replayCiphertext = ReceiptCodes.sealForReplay(code, idempotencyKey, ownerSubject);
        receipts.persistAndFlush(receipt);
        return code;
    }

    /**
     * A receipt for a case someone else referred, taken over with the survivor's invitation code by a person without
     * an account: a new owner's receipt in the caller's transaction, and its code, returned once and kept nowhere.
     * The owner is new, so the code opens that one case and nothing else.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issueForInvitation(String ownerSubject) {
        String code = codes.newCode();
        receipts.persistAndFlush(new Receipt(ownerSubject, codes.hash(code),
                Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS)));
        return code;
    }

    /** The receipt of the submission made under this Idempotency-Key's keyed hash, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<KeptReceipt> findByIdempotencyHmac(byte[] idempotencyHmac) {
        return receipts.findByIdempotencyHmac(idempotencyHmac).map(receipt -> new KeptReceipt(receipt.ownerSubject,
                receipt.createdAt, receipt.requestFingerprint, receipt.replayCiphertext));
    }
}
