package org.beltportal.core.system.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Finds the client address of a request. {@code X-Forwarded-For} is believed only when the request came
 * from a configured proxy, and then only as far as the chain of configured proxies goes: the address is
 * the rightmost entry not itself a trusted proxy. Anyone can send the header; from anyone else it is
 * ignored, or it would let one client pose as endless others and slip past per-address limits.
 */
public final class TrustedProxies {

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** Addresses or CIDR blocks such as {@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code fd00::/8}. */
    public static TrustedProxies of(List<String> specs) {
        List<Block> blocks = new ArrayList<>();
        for (String spec : specs) {
            String trimmed = spec.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int slash = trimmed.indexOf('/');
            String host = slash < 0 ? trimmed : trimmed.substring(0, slash);
            byte[] address = IpLiterals.parse(host).orElseThrow(
                    () -> new IllegalArgumentException("portal.trusted-proxies: not an IP address or block: " + spec));
            int bits = slash < 0 ? address.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("portal.trusted-proxies: bad prefix length in " + spec);
            }
            blocks.add(new Block(address, bits));
        }
        return new TrustedProxies(blocks);
    }

    public ClientAddress clientOf(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!isTrusted(remote)) {
            return new ClientAddress(remote);
        }
        List<String> hops = new ArrayList<>();
        request.getHeaders("X-Forwarded-For").asIterator()
                .forEachRemaining(header -> hops.addAll(List.of(header.split(","))));
        String client = remote;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (IpLiterals.parse(hop).isEmpty()) {
                // A trusted proxy passed on something that is no address: what lies beyond it is unknown.
                break;
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return new ClientAddress(client);
    }

    boolean isTrusted(String address) {
        Optional<byte[]> bytes = IpLiterals.parse(address);
        return bytes.isPresent() && blocks.stream().anyMatch(block -> block.contains(bytes.get()));
    }

    private record Block(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
