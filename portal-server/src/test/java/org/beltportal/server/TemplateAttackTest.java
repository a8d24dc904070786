package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14's template attacks end to end: an operator of belt A saves overrides that exhaust memory or
 * never end, anonymous visitors fire at A's home page from more connections than A has render slots,
 * and meanwhile belt B's pages must answer 200 and fast, and the server must stay healthy. Every request
 * carries its own query so that the page cache cannot answer it: each one is a render.
 */
class TemplateAttackTest extends PortalServerTest {

    private static final String HERO = "partials/hero.ftlh";
    private static final int ATTACKERS = 8;

    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService attackers = Executors.newFixedThreadPool(ATTACKERS);
    private final AtomicLong requestNumber = new AtomicLong();
    private Api admin;
    private TwinBelts twins;

    @BeforeEach
    void twins() {
        admin = admin();
        twins = new TwinBelts(admin);
    }

    @AfterEach
    void stopAttackers() {
        attackers.shutdownNow();
    }

    @Test
    void overridesWhoseSingleCallIsUnboundedAreRefusedAtSave() {
        for (String attack : List.of("${(1..3000000000)?join(\",\")}", "${(1..2000000000)?seq_contains(-1)?c}",
                "${\"x\"?left_pad(1500000000)}", "${site.name()?<#-- -->new()}", "<#if true>".repeat(10_000))) {
            Api.Response refused = save(attack);
            assertThat(refused.status()).as(attack.substring(0, 20) + " " + refused).isEqualTo(422);
            assertThat(refused.json().get("error").asString()).isEqualTo("invalid_template");
            assertThat(refused.json().get("details").get(0).get("reason").asString()).isNotBlank();
        }
    }

    @Test
    void attacksOnOneBeltLeaveAnotherBeltsPagesFastAndTheServerHealthy() throws Exception {
        timeB(20);
        List<Long> quiet = timeB(40);
        long heapBefore = heapUsedAfterGc();

        String doublingSource = "<#assign s=\"x\"><#list 1..99 as i><#assign s=s+s></#list>${s}";
        assertThat(save(doublingSource).status()).as("publishing renders the home page first").isEqualTo(422);
        force(doublingSource);
        Attack doubling = attack();
        List<Long> duringDoubling = timeB(60);
        doubling.stop();
        assertThat(save("<#list 1.. as i></#list>").status()).isEqualTo(422);
        force("<#list 1.. as i></#list>");
        Attack endless = attack();
        List<Long> duringEndless = timeB(60);
        endless.stop();

        long heapAfter = heapUsedAfterGc();
        System.out.printf("B quiet p50 %d ms p99 %d ms; during doubling p50 %d p99 %d (A answered %s); during endless list"
                        + " p50 %d p99 %d (A answered %s); heap used after GC %,d before, %,d after%n",
                percentile(quiet, 50), percentile(quiet, 99), percentile(duringDoubling, 50), percentile(duringDoubling, 99),
                doubling.statuses, percentile(duringEndless, 50), percentile(duringEndless, 99), endless.statuses,
                heapBefore, heapAfter);
        // A render stopped at its budget is rendered again with the theme's own templates (200, decision 0035), 503
        // when the belt's two slots stay busy past the slot wait; after three failures A's overrides are set aside.
        // Buyers of A never get a 500; the failure is on A's console home.
        assertThat(doubling.statuses.keySet()).contains(200).isSubsetOf(200, 503);
        assertThat(endless.statuses.keySet()).contains(200).isSubsetOf(200, 503);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM template_failure f JOIN tenant t ON t.id = f.tenant_id"
                + " WHERE t.slug = ? AND f.page = 'home'", Integer.class, twins.a)).isEqualTo(1);
        // Within 3x the quiet p99 (the soak's criterion), with slack for a build machine shared with other jobs;
        // before the fix B answered 500 for about 90 s.
        long bound = 3 * percentile(quiet, 99) + 500;
        assertThat(percentile(duringDoubling, 99)).as("B's p99 during the doubling attack, ms").isLessThan(bound);
        assertThat(percentile(duringEndless, 99)).as("B's p99 during the endless-list attack, ms").isLessThan(bound);
        assertThat(heapAfter - heapBefore).as("heap growth after the attacks").isLessThan(128L * 1024 * 1024);
        Api.Response health = anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    /**
     * Publishes the source as no publish would (its check refuses it), straight into the table, and waits until A's
     * home page uses it: what an override that fails only at run time looks like.
     */
    private void force(String source) throws InterruptedException {
        long tenantId = jdbc.queryForObject("SELECT id FROM tenant WHERE slug = ?", Long.class, twins.a);
        jdbc.update("INSERT INTO template_override (tenant_id, path, version, source, reverted, published, created_by, created_at)"
                + " SELECT ?, ?, COALESCE(MAX(version), 0) + 1, ?, FALSE, TRUE, 'forced', CURRENT_TIMESTAMP(3)"
                + " FROM template_override WHERE tenant_id = ? AND path = ?", tenantId, HERO, source, tenantId, HERO);
        // Renders see a version saved behind the service's back within its refresh (5 s) and the update delay.
        Thread.sleep(11_000);
    }

    private Api.Response save(String source) {
        return admin.sendRaw("PUT", "/admin/api/v1/tenants/" + twins.a + "/templates/" + HERO,
                "text/plain;charset=UTF-8", source.getBytes(StandardCharsets.UTF_8));
    }

    /** Anonymous visitors asking for A's home page over and over, each request a fresh render. */
    private Attack attack() {
        Attack attack = new Attack();
        for (int i = 0; i < ATTACKERS; i++) {
            attack.visitors.add(attackers.submit(() -> {
                Api visitor = anonymous().onHost(twins.inA.host());
                while (attack.running.get()) {
                    attack.statuses.merge(visitor.get("/?attack=" + requestNumber.incrementAndGet()).status(), 1, Integer::sum);
                }
            }));
        }
        return attack;
    }

    /** How long B's home page takes, in ms, for each of {@code count} fresh renders; each must be a 200. */
    private List<Long> timeB(int count) {
        Api visitor = anonymous().onHost(twins.inB.host());
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            Api.Response page = visitor.get("/?b=" + requestNumber.incrementAndGet());
            millis.add((System.nanoTime() - started) / 1_000_000);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.body()).contains("class=\"hero\"");
        }
        return millis;
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static long heapUsedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A running attack and the statuses it was answered with. */
    private final class Attack {

        final AtomicBoolean running = new AtomicBoolean(true);
        final ConcurrentHashMap<Integer, Integer> statuses = new ConcurrentHashMap<>();
        final List<Future<?>> visitors = new ArrayList<>();

        /** Stops the visitors and waits for each one's last request to come back. */
        void stop() throws Exception {
            running.set(false);
            for (Future<?> visitor : visitors) {
                visitor.get(60, TimeUnit.SECONDS);
            }
        }
    }
}
