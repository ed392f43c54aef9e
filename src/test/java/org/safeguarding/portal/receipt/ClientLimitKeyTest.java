package org.safeguarding.portal.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Which client an attempt counts against: one IPv6 host holds a /64, so its addresses count as one client. */
class ClientLimitKeyTest {

    @Test
    void anIpv6NetworkCountsAsOneClient() {
        assertEquals(ReceiptSessions.limitedAs("2001:db8:1:2::1"), ReceiptSessions.limitedAs("2001:db8:1:2:ffff::9"));
        assertEquals("2001:db8:1:2:0:0:0:0/64", ReceiptSessions.limitedAs("2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd"));
        assertNotEquals(ReceiptSessions.limitedAs("2001:db8:1:2::1"), ReceiptSessions.limitedAs("2001:db8:1:3::1"));
    }

    @Test
    void anIpv4AddressCountsAlone() {
        assertEquals("10.9.0.1", ReceiptSessions.limitedAs("10.9.0.1"));
        assertNotEquals(ReceiptSessions.limitedAs("10.9.0.1"), ReceiptSessions.limitedAs("10.9.0.2"));
        assertEquals("10.9.0.1", ReceiptSessions.limitedAs("::ffff:10.9.0.1"));
    }

    @Test
    void anythingElseIsTakenAsItIsWithoutALookUp() {
        assertEquals("unknown", ReceiptSessions.limitedAs("unknown"));
        assertEquals("null", ReceiptSessions.limitedAs(null));
    }
}
