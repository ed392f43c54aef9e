package org.safeguarding.portal.security.origin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which client a request comes from, as limits count it. Quarkus' own forwarding takes the leftmost X-Forwarded-For
 * entry, which the client writes itself; here the list is read from the right, where each trusted proxy appended the
 * address it saw, and the first entry that is not a trusted proxy is the client.
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("([0-9.]+):[0-9]+");

    private ClientAddress() {
    }

    /**
     * The client's address: the socket peer itself unless that peer is a trusted proxy; then, walking the
     * X-Forwarded-For entries from the right, the first one that is not a trusted proxy. An entry that is not an IP
     * address stops the walk at the last address known good (a trusted proxy would not write one).
     *
     * @param peer           the socket address the request arrived from
     * @param forwardedFor   every X-Forwarded-For header value, in the order received
     */
    public static String resolve(String peer, List<String> forwardedFor, TrustedProxies trusted) {
        if (!trusted.contains(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = addressOf(hops.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get();
            if (!trusted.contains(client)) {
                return client;
            }
        }
        return client;
    }

    /**
     * The client a limit counts: an IPv4 address as it is, an IPv6 address by its /64 network. One IPv6 host is
     * routinely given a whole /64, so counting each address apart would let it take a client's allowance from each of
     * them and use up a service-wide budget alone.
     */
    public static String limitedAs(String clientAddress) {
        String address = String.valueOf(clientAddress);
        Optional<byte[]> bytes = address.contains(":") ? literal(address) : Optional.empty();
        if (bytes.isEmpty()) {
            return address;
        }
        try {
            if (bytes.get().length == 4) {
                return InetAddress.getByAddress(bytes.get()).getHostAddress(); // an IPv4-mapped address is that client
            }
            byte[] network = Arrays.copyOf(bytes.get(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    /** The bytes of an IP literal (4 for IPv4 and IPv4-mapped IPv6, else 16), never looked up in DNS. */
    static Optional<byte[]> literal(String address) {
        if (address == null) {
            return Optional.empty();
        }
        if (IPV4.matcher(address).matches()) {
            byte[] bytes = new byte[4];
            String[] octets = address.split("\\.");
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(octets[i]);
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(bytes);
        }
        if (!address.contains(":") || !IPV6.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            // With a colon, Java parses the text as an IPv6 literal and never asks DNS.
            InetAddress parsed = InetAddress.getByName(address);
            return Optional.of(parsed.getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** An X-Forwarded-For entry's address, without brackets or port; empty if it is not an IP address. */
    private static Optional<String> addressOf(String hop) {
        String address = hop;
        if (address.startsWith("[")) {
            int end = address.indexOf(']');
            address = end < 0 ? "" : address.substring(1, end);
        } else {
            var withPort = IPV4_WITH_PORT.matcher(address);
            if (withPort.matches()) {
                address = withPort.group(1);
            }
        }
        return literal(address).isPresent() ? Optional.of(address) : Optional.empty();
    }
}
