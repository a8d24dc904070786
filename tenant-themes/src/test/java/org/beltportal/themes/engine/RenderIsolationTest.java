package org.beltportal.themes.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;
import static org.beltportal.themes.engine.Engine.CATALOG_A;
import static org.beltportal.themes.engine.Engine.CATALOG_B;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Attacks of issue 14 on the render capacity: one belt's override that keeps its renders busy (a single
 * built-in call over billions, an endless list) is fired at from more requests than there are cores; the
 * other belt's pages must keep rendering fast, and the attacked belt must recover once its renders end.
 */
class RenderIsolationTest {

    private final Engine engine = new Engine();
    private final ExecutorService requests = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        requests.shutdownNow();
        engine.stop();
    }

    @Test
    void aBeltWhoseRendersAreAllOverrunningIsAnsweredBusyAtOnceAndOthersAreNot() throws Exception {
        // A budget the endless loop cannot reach before its time limit, so that its renders overrun.
        Engine unbudgeted = new Engine(DataSize.ofGigabytes(1024));
        unbudgeted.override(CATALOG_A, "partials/hero.ftlh", "<#list 1.. as i></#list>");
        List<CompletableFuture<RenderedPage>> overrunning = new ArrayList<>();
        for (int i = 0; i < Engine.RENDERS_PER_TENANT; i++) {
            overrunning.add(CompletableFuture.supplyAsync(() -> unbudgeted.render(CATALOG_A, "pages/home.ftlh"), requests));
        }
        Thread.sleep(300);

        long started = System.nanoTime();
        RenderedPage busy = unbudgeted.render(CATALOG_A, "pages/home.ftlh");
        long busyMillis = (System.nanoTime() - started) / 1_000_000;
        RenderedPage other = unbudgeted.render(CATALOG_B, "pages/home.ftlh");

        assertThat(busy.outcome()).isEqualTo(RenderedPage.Outcome.BUSY);
        assertThat(busy.html()).contains("页面暂时无法显示", "甲产业带");
        assertThat(busyMillis).as("ms to answer busy").isLessThan(500);
        assertThat(other.outcome()).isEqualTo(RenderedPage.Outcome.RENDERED);
        // Each overrun falls back to the theme's page, or is answered busy while the abandoned renders still hold the slots.
        assertThat(overrunning).allSatisfy(render -> assertThat(render.join().outcome())
                .isIn(RenderedPage.Outcome.FELL_BACK, RenderedPage.Outcome.BUSY));
        unbudgeted.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${(1..3000000000)?join(\",\")}",
            "${(1..2000000000)?seq_contains(-1)?c}",
            "${(1..2000000000)?reverse?seq_index_of(0)}",
            "<#list 1.. as i></#list>",
            "<#list 1.. as i>${i}</#list>",
    })
    void oneBeltsOverrunningRendersLeaveAnotherBeltsPagesFast(String attack) throws Exception {
        engine.override(CATALOG_A, "partials/hero.ftlh", attack);
        List<CompletableFuture<RenderedPage>> attacks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            attacks.add(CompletableFuture.supplyAsync(() -> engine.render(CATALOG_A, "pages/home.ftlh"), requests));
        }
        Thread.sleep(300);

        long slowest = 0;
        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            RenderedPage page = engine.render(CATALOG_B, "pages/home.ftlh");
            slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
            assertThat(page.failed()).isFalse();
            assertThat(page.html()).contains("乙产业带");
        }

        assertThat(slowest).as("slowest render of the other belt, ms").isLessThan(500);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> attacks.forEach(a -> assertThat(a.join().failed()).isTrue()));
        engine.override(CATALOG_A, "partials/hero.ftlh", "<h1>${site.name()} 修好了</h1>");
        eventually("the attacked belt to render again once its overrunning renders have ended", Duration.ofSeconds(10),
                () -> engine.render(CATALOG_A, "pages/home.ftlh").html(), html -> html.contains("甲产业带 修好了"));
    }
}
