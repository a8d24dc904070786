package org.beltportal.themes.engine;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code portal.themes.*}: the render limits and how long a node may serve a template another node has
 * changed. {@code maxOutput} counts characters of the page (a UTF-8 page may be up to three times as many bytes
 * for CJK text); {@code maxAllocation} is what one render may allocate on the heap, garbage included;
 * {@code rendersPerTenant} is how many of one belt's renders may run at once, overrunning ones included;
 * {@code renderThreads} bounds the render threads of all belts together; {@code cachedTenants} bounds how
 * many tenants' compiled templates are kept.
 */
@ConfigurationProperties("portal.themes")
public record ThemeProperties(
        @DefaultValue("2s") Duration renderTimeout,
        @DefaultValue("2MB") DataSize maxOutput,
        @DefaultValue("32MB") DataSize maxAllocation,
        @DefaultValue("2") int rendersPerTenant,
        @DefaultValue("64") int renderThreads,
        @DefaultValue("5s") Duration templateUpdateDelay,
        @DefaultValue("1000") int cachedTenants) {
}
