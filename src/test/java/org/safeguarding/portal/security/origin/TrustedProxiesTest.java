package org.safeguarding.portal.security.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** PORTAL_TRUSTED_PROXIES: addresses and CIDR ranges, or none; a host name is refused (no trust hangs on DNS). */
class TrustedProxiesTest {

    @Test
    void rangesMatchByTheirPrefix() {
        TrustedProxies proxies = TrustedProxies.parse("10.1.0.0/16,192.0.2.7, 2001:db8::/32");
        assertTrue(proxies.contains("10.1.255.3"));
        assertFalse(proxies.contains("10.2.0.1"));
        assertTrue(proxies.contains("192.0.2.7"));
        assertFalse(proxies.contains("192.0.2.8"));
        assertTrue(proxies.contains("2001:db8:5::1"));
        assertFalse(proxies.contains("2001:db9::1"));
        assertFalse(proxies.contains("not an address"));
        assertTrue(TrustedProxies.parse("10.0.0.0/12").contains("10.15.0.1"));
        assertFalse(TrustedProxies.parse("10.0.0.0/12").contains("10.16.0.1"));
    }

    @Test
    void noneTrustsNobody() {
        assertFalse(TrustedProxies.parse("none").contains("127.0.0.1"));
        assertFalse(TrustedProxies.parse(" NONE ").contains("10.0.0.1"));
        assertEquals(Optional.empty(), TrustedProxies.problemWith("none"));
    }

    @Test
    void anythingButAddressesAndRangesIsNamed() {
        assertEquals(Optional.of("PORTAL_TRUSTED_PROXIES: 'lb.example.org' is not an IP address or CIDR range (or none)"),
                TrustedProxies.problemWith("10.0.0.1, lb.example.org"));
        assertEquals(Optional.of("PORTAL_TRUSTED_PROXIES: '10.0.0.0/33' has no valid prefix length"),
                TrustedProxies.problemWith("10.0.0.0/33"));
        assertEquals(Optional.empty(), TrustedProxies.problemWith("10.0.0.0/8, ::1"));
    }
}
