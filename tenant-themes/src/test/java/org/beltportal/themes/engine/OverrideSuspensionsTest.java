package org.beltportal.themes.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.beltportal.themes.engine.Engine.CATALOG_A;
import static org.beltportal.themes.engine.Engine.CATALOG_B;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.beltportal.core.tenant.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A belt whose overrides keep failing renders with its theme's own templates for a while, so that an
 * attacker cannot make it burn a render's whole budget on every request (issue 14, the soak's template attack).
 */
class OverrideSuspensionsTest {

    private static final Duration SUSPENSION = Duration.ofMinutes(1);
    private static final TenantId BELT = new TenantId(7);
    private static final TenantId OTHER = new TenantId(8);

    private final AtomicLong nanos = new AtomicLong();
    private final OverrideSuspensions suspensions = new OverrideSuspensions(3, SUSPENSION, nanos::get);
    private final Engine engine = new Engine(Engine.MAX_ALLOCATION, 2);

    @AfterEach
    void stop() {
        engine.stop();
    }

    @Test
    void theThirdFailureWithinTheWindowSuspendsOnlyThatBelt() {
        assertThat(suspensions.failed(BELT)).isFalse();
        assertThat(suspensions.failed(BELT)).isFalse();
        assertThat(suspensions.failed(OTHER)).isFalse();
        assertThat(suspensions.suspended(BELT)).isFalse();

        assertThat(suspensions.failed(BELT)).isTrue();

        assertThat(suspensions.suspended(BELT)).isTrue();
        assertThat(suspensions.suspended(OTHER)).isFalse();
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotAddUp() {
        suspensions.failed(BELT);
        suspensions.failed(BELT);
        nanos.addAndGet(SUSPENSION.toNanos() + 1);

        assertThat(suspensions.failed(BELT)).isFalse();
        assertThat(suspensions.suspended(BELT)).isFalse();
    }

    @Test
    void theOverridesAreTriedAgainWhenTheSuspensionEnds() {
        for (int i = 0; i < 3; i++) {
            suspensions.failed(BELT);
        }
        nanos.addAndGet(SUSPENSION.toNanos() - 1);
        assertThat(suspensions.suspended(BELT)).isTrue();

        nanos.addAndGet(2);

        assertThat(suspensions.suspended(BELT)).isFalse();
        assertThat(suspensions.failed(BELT)).as("one new failure is not yet a pattern").isFalse();
    }

    @Test
    void aSavedOverrideIsTriedAtOnce() {
        for (int i = 0; i < 3; i++) {
            suspensions.failed(BELT);
        }

        suspensions.lift(BELT);

        assertThat(suspensions.suspended(BELT)).isFalse();
        assertThat(suspensions.failed(BELT)).isFalse();
    }

    @Test
    void aBeltWhoseOverrideKeepsFailingGetsItsThemesPageInsteadOfTheErrorPage() {
        engine.override(CATALOG_A, "partials/hero.ftlh", "${1 / 0}");
        engine.override(CATALOG_B, "partials/hero.ftlh", "<p class=\"own-hero\">乙的横幅</p>");

        for (int i = 0; i < 2; i++) {
            RenderedPage fellBack = engine.render(CATALOG_A, "pages/home.ftlh");
            assertThat(fellBack.outcome()).as("each failing request gets the theme's page").isEqualTo(RenderedPage.Outcome.FELL_BACK);
            assertThat(fellBack.html()).contains("甲产业带", "class=\"hero\"").doesNotContain("页面暂时无法显示");
        }
        verify(engine.failures, times(2)).record(eq(CATALOG_A.id()), argThat(failure -> failure.page().equals("home")
                && "partials/hero.ftlh".equals(failure.template()) && Integer.valueOf(1).equals(failure.line())));

        RenderedPage suspended = engine.render(CATALOG_A, "pages/home.ftlh");
        assertThat(suspended.outcome()).isEqualTo(RenderedPage.Outcome.RENDERED);
        assertThat(suspended.html()).contains("甲产业带").doesNotContain("页面暂时无法显示");
        RenderedPage other = engine.render(CATALOG_B, "pages/home.ftlh");
        assertThat(other.outcome()).isEqualTo(RenderedPage.Outcome.RENDERED);
        assertThat(other.html()).as("another belt keeps its working override").contains("乙的横幅");
    }
}
