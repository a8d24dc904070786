package org.beltportal.core.notification;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Where a belt's webhook may point. A webhook is a request the server makes to an address an operator typed,
 * so without a check an operator could make it reach the servers' own network (server-side request forgery):
 * only https, and no loopback, private, link-local, unique-local or multicast address, checked for every
 * address the name resolves to when the URL is set and again before every call (a name may be re-pointed).
 * {@code portal.notifications.webhook-allow-private-networks} lifts both rules, for tests and closed networks.
 */
@Component
public class WebhookTargets {

    public static final int MAX_URL = 500;

    private final boolean allowPrivate;

    WebhookTargets(NotificationProperties properties) {
        this.allowPrivate = properties.webhookAllowPrivateNetworks();
    }

    /** Why this URL may not be a webhook, or empty when it may. */
    public Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required");
        }
        if (url.length() > MAX_URL) {
            return Optional.of("must be at most " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must be an absolute URL with a host and no user or fragment");
        }
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            return Optional.of("must start with https://");
        }
        return addressRefusal(uri.getHost());
    }

    private Optional<String> addressRefusal(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of("must not point at a private, loopback or link-local address");
            }
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7, unique-local. (Java resolves IPv4-mapped addresses to the IPv4 address they carry.)
            return (bytes[0] & 0xfe) == 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // 100.64.0.0/10 carrier-grade NAT and 0.0.0.0/8: neither is reachable on the public internet.
        return first == 0 || (first == 100 && second >= 64 && second < 128);
    }
}
