package org.beltportal.core.system.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals from request headers and configuration. Only strings shaped like a literal reach
 * {@link InetAddress}, which would otherwise look anything else up in DNS.
 */
public final class IpLiterals {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private IpLiterals() {
    }

    /** The bytes of an IPv4 (4) or IPv6 (16) literal; empty for anything else, never a DNS lookup. */
    public static Optional<byte[]> parse(String literal) {
        if (literal == null || !(isIpv4(literal) || IPV6.matcher(literal).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** Checked here because InetAddress looks a dotted string it cannot parse up in DNS. */
    private static boolean isIpv4(String literal) {
        if (!IPV4.matcher(literal).matches()) {
            return false;
        }
        for (String octet : literal.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
