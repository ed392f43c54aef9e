package org.safeguarding.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.safeguarding.portal.audit.AuditAction;
import org.safeguarding.portal.core.Messages;

/**
 * Every line of the audit log can be said in the survivor's words: each audit action, each role and purpose the list
 * derives, and each emergency reason category has its words in the access list's bundle. An audit action added
 * without them would show the survivor nothing about that line.
 */
class AccessListWordsTest {

    @Test
    void everyActionRolePurposeAndEmergencyReasonHasItsWords() {
        Set<String> keys = Messages.keysOf("accesslist");
        List<String> missing = Stream.of(words("what", AuditAction.values()), words("who", AccessWho.values()),
                words("why", AccessPurpose.values()), words("emergency_reason", BreakGlassReason.values()))
                .flatMap(Stream::of).filter(key -> !keys.contains(key)).toList();
        assertEquals(List.of(), missing);
    }

    private static String[] words(String name, Enum<?>[] constants) {
        return Stream.of(constants).map(constant -> Messages.key(name, constant)).toArray(String[]::new);
    }
}
