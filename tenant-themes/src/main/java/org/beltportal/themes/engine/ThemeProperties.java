package org.beltportal.themes.engine;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.beltportal.core.system.DataSizeMin;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.themes.*}: the render limits (docs/themes.md, decision 0015) and how long a node may serve a
 * template another node has changed. The sandbox itself is fixed in code, not configurable: templates see
 * only the controller's model. A limit of zero would answer every page with the error page or 503, so it
 * stops the start instead.
 *
 * @param renderTimeout how long a request waits for its render before it answers the error page; the render
 *        is abandoned and stops at its next directive, loop step or macro call
 * @param maxOutput characters one page may have (a UTF-8 page may be up to three times as many bytes for CJK
 *        text); writing past it fails the render
 * @param maxAllocation heap one render may allocate, garbage included (a real page allocates 1-4 MB); checked
 *        at every directive
 * @param rendersPerTenant renders of one belt at once, overrunning ones included; a render waits up to
 *        {@code renderSlotWait} for a slot, then the page is answered 503 with Retry-After
 * @param renderSlotWait how long a render waits for one of its belt's slots when the belt's renders are not
 *        finishing: short enough that a belt whose renders are all overrunning answers 503 before its waiting
 *        requests hold threads other belts need (500 ms multiplied the soak's p99 by up to 21)
 * @param renderSlotPatience how long in all a render waits for a slot while its belt's renders keep finishing
 *        (a busy belt, not a stuck one: 50 ms refused buyers of the biggest belt in the soak)
 * @param renderThreads render threads of all belts together; beyond, 503 as for a busy belt
 * @param overrideFailures failed renders of a belt's template overrides within {@code overrideSuspension} after
 *        which its pages use the theme's own templates for {@code overrideSuspension}
 * @param overrideSuspension how long a belt's failing overrides are set aside, and the window their failures
 *        are counted in
 * @param templateUpdateDelay how soon a node notices a template override saved on another node (its own
 *        changes apply at once)
 * @param cachedTenants tenants with overrides whose own compiled templates are kept, least recently used dropped
 *        first: a belt's entry holds only its overrides (its theme's templates are compiled once for all belts),
 *        about 30 KB for a belt with one, so the 1,000 belts a node is designed for fit in 1/30 of a 1 GB heap
 *        (docs/scaling.md)
 */
@Validated
@ConfigurationProperties("portal.themes")
public record ThemeProperties(
        @DefaultValue("2s") @NotNull @DurationMin(millis = 1) Duration renderTimeout,
        @DefaultValue("2MB") @NotNull @DataSizeMin(bytes = 1) DataSize maxOutput,
        @DefaultValue("32MB") @NotNull @DataSizeMin(bytes = 1) DataSize maxAllocation,
        @DefaultValue("2") @Min(1) int rendersPerTenant,
        @DefaultValue("50ms") @NotNull @DurationMin(millis = 0) Duration renderSlotWait,
        @DefaultValue("1s") @NotNull @DurationMin(millis = 0) Duration renderSlotPatience,
        @DefaultValue("64") @Min(1) int renderThreads,
        @DefaultValue("3") @Min(1) int overrideFailures,
        @DefaultValue("60s") @NotNull @DurationMin(millis = 1) Duration overrideSuspension,
        @DefaultValue("5s") @NotNull @DurationMin(millis = 0) Duration templateUpdateDelay,
        @DefaultValue("1000") @Min(1) int cachedTenants) {
}
