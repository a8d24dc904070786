package org.beltportal.themes.platform;

import java.util.List;

import org.beltportal.core.tenant.Tenant;
import org.beltportal.themes.site.Text;

/**
 * The data of {@code pages/platform.ftlh}: the active belts. Each belt gets two links, to its
 * {@code {slug}.localhost} host and to its {@code /t/{slug}/} prefix: the platform host is the
 * development entry point (localhost), where demo belts answer on those names.
 */
public record PlatformPage(List<Belt> belts) {

    public PlatformPage {
        belts = List.copyOf(belts);
    }

    public record Belt(String name, String nameEn, String region, String hostUrl, String prefixUrl) {

        public Belt {
            name = Text.orEmpty(name);
            nameEn = Text.orEmpty(nameEn);
            region = Text.orEmpty(region);
        }
    }

    /**
     * {@code portSuffix} is the port the request came in on ({@code PublicOrigin.portSuffix}), so the links work
     * whatever port the server runs on.
     */
    public static PlatformPage of(List<Tenant> tenants, String scheme, String portSuffix) {
        return new PlatformPage(tenants.stream()
                .filter(Tenant::isActive)
                .map(t -> new Belt(t.name(), t.nameEn(), t.region(),
                        scheme + "://" + t.slug() + ".localhost" + portSuffix + "/", "/t/" + t.slug() + "/"))
                .toList());
    }
}
