package org.safeguarding.portal.security.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Who the client is: X-Forwarded-For is read from the right, believing only the configured proxies (Quarkus' own
 * forwarding takes the leftmost entry, which the client writes), and an IPv6 client counts by its /64.
 */
class ClientAddressTest {

    private static final TrustedProxies BALANCERS = TrustedProxies.parse("10.0.0.0/8, 2001:db8:ffff::/48");

    @Test
    void aForgedEntryFromAPeerThatIsNoTrustedProxyChangesNothing() {
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", List.of("6.6.6.6"), BALANCERS));
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", List.of("6.6.6.6, 10.0.0.1"), BALANCERS));
    }

    @Test
    void theEntryATrustedProxyAppendedIsTheClientAndAForgedLeftmostOneIsIgnored() {
        assertEquals("198.51.100.7", ClientAddress.resolve("10.0.0.5", List.of("6.6.6.6, 198.51.100.7"), BALANCERS));
        assertEquals("198.51.100.7", ClientAddress.resolve("10.0.0.5", List.of("198.51.100.7"), BALANCERS));
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRight() {
        assertEquals("198.51.100.7",
                ClientAddress.resolve("10.0.0.5", List.of("6.6.6.6, 198.51.100.7, 10.1.2.3"), BALANCERS));
        // Several X-Forwarded-For headers are one list, in the order received.
        assertEquals("198.51.100.7",
                ClientAddress.resolve("10.0.0.5", List.of("6.6.6.6", "198.51.100.7", "10.1.2.3"), BALANCERS));
        assertEquals("2001:db8:1:2::9",
                ClientAddress.resolve("2001:db8:ffff:1::1", List.of("6.6.6.6, [2001:db8:1:2::9]:5123"), BALANCERS));
        assertEquals("198.51.100.7", ClientAddress.resolve("10.0.0.5", List.of("198.51.100.7:4431"), BALANCERS));
    }

    @Test
    void withoutAnEntryOrWithAMalformedOneTheLastKnownAddressStands() {
        assertEquals("10.0.0.5", ClientAddress.resolve("10.0.0.5", List.of(), BALANCERS));
        assertEquals("10.0.0.5", ClientAddress.resolve("10.0.0.5", List.of("198.51.100.7, not-an-address"), BALANCERS));
        assertEquals("10.1.2.3",
                ClientAddress.resolve("10.0.0.5", List.of("198.51.100.7, <script>, 10.1.2.3"), BALANCERS));
        // Only trusted proxies all the way: the leftmost of them is the client (an internal caller).
        assertEquals("10.9.9.9", ClientAddress.resolve("10.0.0.5", List.of("10.9.9.9"), BALANCERS));
    }

    @Test
    void noneMeansTheSocketAddressWhateverTheHeaderSays() {
        TrustedProxies none = TrustedProxies.parse("none");
        assertEquals("10.0.0.5", ClientAddress.resolve("10.0.0.5", List.of("198.51.100.7"), none));
        assertEquals("127.0.0.1", ClientAddress.resolve("127.0.0.1", List.of("198.51.100.7"), none));
    }

    @Test
    void anIpv6NetworkCountsAsOneClient() {
        assertEquals(ClientAddress.limitedAs("2001:db8:1:2::1"), ClientAddress.limitedAs("2001:db8:1:2:ffff::9"));
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientAddress.limitedAs("2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd"));
        assertNotEquals(ClientAddress.limitedAs("2001:db8:1:2::1"), ClientAddress.limitedAs("2001:db8:1:3::1"));
    }

    @Test
    void anIpv4AddressCountsAlone() {
        assertEquals("10.9.0.1", ClientAddress.limitedAs("10.9.0.1"));
        assertNotEquals(ClientAddress.limitedAs("10.9.0.1"), ClientAddress.limitedAs("10.9.0.2"));
        assertEquals("10.9.0.1", ClientAddress.limitedAs("::ffff:10.9.0.1"));
    }

    @Test
    void anythingElseIsTakenAsItIsWithoutALookUp() {
        assertEquals("unknown", ClientAddress.limitedAs("unknown"));
        assertEquals("null", ClientAddress.limitedAs(null));
        // Names, and hex that looks like one, are never sent to DNS: they are simply not addresses.
        assertTrue(ClientAddress.literal("example.com").isEmpty());
        assertTrue(ClientAddress.literal("abc.def.abc.dea").isEmpty());
        assertTrue(ClientAddress.literal("999.1.1.1").isEmpty());
        assertTrue(ClientAddress.literal("1.2.3").isEmpty());
    }
}
