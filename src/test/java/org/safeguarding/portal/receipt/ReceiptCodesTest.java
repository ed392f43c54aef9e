package org.safeguarding.portal.receipt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReceiptCodesTest {

    private final ReceiptCodes codes = new ReceiptCodes(new byte[32]);

    @Test
    void codesAreTwentyRandomDigitsInGroupsOfFour() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = codes.newCode();
            assertTrue(code.matches("[0-9]{4}( [0-9]{4}){4}"), code);
            seen.add(code);
        }
        assertEquals(200, seen.size(), "no repeats");
    }

    @Test
    void typedCodesIgnoreSpacesAndHyphensButNothingElse() {
        assertEquals(Optional.of("12345678901234567890"), ReceiptCodes.digitsOf(" 1234-5678 9012 3456 7890 "));
        assertEquals(Optional.empty(), ReceiptCodes.digitsOf("1234 5678 9012 3456 789"));
        assertEquals(Optional.empty(), ReceiptCodes.digitsOf("1234 5678 9012 3456 789O"));
        assertEquals(Optional.empty(), ReceiptCodes.digitsOf(null));
    }

    @Test
    void theHashIsStableForACodeHowEverItIsTypedAndDependsOnTheInstallationKey() {
        String code = codes.newCode();
        assertArrayEquals(codes.hash(code), codes.hash(code.replace(' ', '-')));
        assertFalse(java.util.Arrays.equals(codes.hash(code), codes.hash(codes.newCode())));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertFalse(java.util.Arrays.equals(codes.hash(code), new ReceiptCodes(otherKey).hash(code)),
                "without the installation key a copied database cannot be searched");
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalStateException.class, () -> new ReceiptCodes(new byte[16]));
    }

    @Test
    void aSealedCodeOpensOnlyWithTheSameIdempotencyKeyAndOwner() {
        String owner = "receipt:" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        byte[] sealed = ReceiptCodes.sealForReplay("1234 5678 9012 3456 7890", key, owner);
        assertEquals(Optional.of("1234 5678 9012 3456 7890"), ReceiptCodes.openReplay(sealed, key, owner));
        assertEquals(Optional.empty(), ReceiptCodes.openReplay(sealed, UUID.randomUUID().toString(), owner));
        assertEquals(Optional.empty(), ReceiptCodes.openReplay(sealed, key, "receipt:" + UUID.randomUUID()));
    }
}
