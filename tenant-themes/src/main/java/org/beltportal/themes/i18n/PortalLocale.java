package org.beltportal.themes.i18n;

import java.util.Arrays;
import java.util.Optional;

/**
 * A language the portal is written in. {@code tag} is the BCP 47 tag used in {@code lang},
 * {@code hreflang}, {@code ?lang=} and the cookie; {@code label} is the language's own name, as a switcher
 * shows it to someone who cannot read the current page.
 */
public enum PortalLocale {
    ZH_CN("zh-CN", "简体中文", ""),
    ZH_TW("zh-TW", "繁體中文", "_zh_TW"),
    EN("en", "English", "_en");

    public static final PortalLocale DEFAULT = ZH_CN;

    private final String tag;
    private final String label;
    private final String bundleSuffix;

    PortalLocale(String tag, String label, String bundleSuffix) {
        this.tag = tag;
        this.label = label;
        this.bundleSuffix = bundleSuffix;
    }

    public String tag() {
        return tag;
    }

    public String label() {
        return label;
    }

    String bundle() {
        return "i18n/messages" + bundleSuffix + ".properties";
    }

    /** The locale of a tag, ignoring case and "_" for "-" ("zh_tw" is zh-TW); empty for anything else. */
    public static Optional<PortalLocale> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String normalised = tag.strip().replace('_', '-');
        return Arrays.stream(values()).filter(locale -> locale.tag.equalsIgnoreCase(normalised)).findFirst();
    }
}
