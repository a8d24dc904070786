package org.beltportal.core.tenant;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Pattern;

import org.beltportal.core.system.Problems;

/** What an operator sets on a tenant, for both creation and update; unset optional fields take defaults. */
public record TenantSettings(
        String name,
        String nameEn,
        String region,
        String locale,
        String timezone,
        String theme,
        String icpNumber) {

    public static final Set<String> LOCALES = Set.of("zh-CN", "zh-TW", "en");
    public static final String DEFAULT_TIMEZONE = "Asia/Shanghai";
    public static final String DEFAULT_THEME = "catalog";
    private static final Pattern THEME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** Fills defaults so that a tenant created with only a name is complete. */
    public TenantSettings withDefaults() {
        return new TenantSettings(name, nameEn, region,
                locale == null ? "zh-CN" : locale,
                timezone == null ? DEFAULT_TIMEZONE : timezone,
                theme == null ? DEFAULT_THEME : theme,
                icpNumber);
    }

    void validate(Problems problems) {
        problems.text(name, "name", 100, true)
                .text(nameEn, "nameEn", 100, false)
                .text(region, "region", 100, false)
                .text(icpNumber, "icpNumber", 64, false)
                .require(LOCALES.contains(locale), "locale", "must be one of zh-CN, zh-TW, en")
                .require(isZone(timezone), "timezone", "must be an IANA time zone such as Asia/Shanghai")
                .matches(theme, THEME, "theme", "must be a theme name in lowercase letters");
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException | NullPointerException e) {
            return false;
        }
    }
}
