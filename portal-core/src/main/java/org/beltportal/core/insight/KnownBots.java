package org.beltportal.core.insight;

import java.util.List;
import java.util.Locale;

/**
 * Whether a User-Agent belongs to a known bot. A short list of fragments (docs/insight.md lists them): the
 * general words crawlers put in their names, the big Chinese and Western search engines' crawlers that do
 * not use them, link previewers, and command-line and scripting clients. A request without a User-Agent
 * counts as a bot too: every browser sends one.
 */
public final class KnownBots {

    static final List<String> FRAGMENTS = List.of("bot", "crawl", "spider", "slurp", "archiver", "facebookexternalhit",
            "bingpreview", "mediapartners", "yandex", "sogou", "bytespider", "petalbot", "headlesschrome", "curl/",
            "wget/", "python-requests", "python-urllib", "go-http-client", "okhttp", "libwww-perl", "scrapy");

    private KnownBots() {
    }

    public static boolean matches(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String lower = userAgent.toLowerCase(Locale.ROOT);
        for (String fragment : FRAGMENTS) {
            if (lower.contains(fragment)) {
                return true;
            }
        }
        return false;
    }
}
