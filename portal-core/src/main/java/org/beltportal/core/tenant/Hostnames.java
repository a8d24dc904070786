package org.beltportal.core.tenant;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalises Host headers and operator-entered hostnames to one form: lowercase, no port, no trailing
 * dot. Anything that is not a plain DNS name is refused rather than guessed at.
 */
public final class Hostnames {

    private static final Pattern NAME =
            Pattern.compile("(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");

    private Hostnames() {
    }

    /** The hostname of a Host header value, or empty when the header is missing or malformed. */
    public static Optional<String> fromHostHeader(String header) {
        if (header == null || header.length() > 300) {
            return Optional.empty();
        }
        String host = header.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? Optional.of(host.substring(0, end + 1)) : Optional.empty();
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            String port = host.substring(colon + 1);
            if (!port.matches("[0-9]{1,5}")) {
                return Optional.empty();
            }
            host = host.substring(0, colon);
        }
        return normalise(host);
    }

    /** The canonical form of an operator-entered hostname, or empty when it is not a valid DNS name. */
    public static Optional<String> normalise(String hostname) {
        if (hostname == null) {
            return Optional.empty();
        }
        String host = hostname.trim().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return NAME.matcher(host).matches() ? Optional.of(host) : Optional.empty();
    }
}
