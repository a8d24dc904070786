package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code portal.belt.cache.entries}: every cache a node keeps per belt is a gauge on the metrics endpoint (for the
 * operator of a thousand belts, issue 20), it counts what a belt's visitors put there, and only a platform admin
 * reads it.
 */
class BeltCacheMetricsTest extends PortalServerTest {

    private static final String GAUGE = "/actuator/metrics/portal.belt.cache.entries";
    private static final List<String> CACHES = List.of("tenant.by-host", "tenant.by-slug", "tenant.branding",
            "category.tree", "campaign.approved", "template.versions-in-force", "template.failures-recorded",
            "template.configurations", "search.synonyms", "page.cache", "page.generations", "page.settling",
            "page.bulk-intervals", "page.bulk-waiting",
            "render.slots", "render.override-suspensions", "insight.hourly-counters", "insight.query-counters",
            "insight.query-texts-per-belt", "insight.visitors", "insight.item-counters", "insight.items-per-belt");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void everyPerBeltCacheIsAGauge() {
        Api.Response listed = admin().get(GAUGE);

        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        for (JsonNode tag : listed.json().get("availableTags")) {
            if (tag.get("tag").asString().equals("cache")) {
                tag.get("values").forEach(value -> names.add(value.asString()));
            }
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(CACHES);
    }

    @Test
    void aBeltsVisitorsFillItsCachesAndTheGaugesCountThem() {
        Api admin = admin();
        Map<String, Double> before = Map.of("template.configurations", entries(admin, "template.configurations"),
                "render.slots", entries(admin, "render.slots"));
        String slug = "gauge-" + UUID.randomUUID().toString().substring(0, 8);
        String host = slug + ".portal.test";
        // A second host nobody asked for yet: creating a belt empties the host cache, and the publish check's
        // renders may look the first host up, so only a host first asked for below must add an entry.
        String unseenHost = "www." + host;
        Api.Response created = admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "计量产业带",
                "hosts", List.of(host, unseenHost)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Response own = admin.sendRaw("PUT", "/admin/api/v1/tenants/" + slug + "/templates/partials/hero.ftlh",
                "text/plain;charset=UTF-8", "<section>${site.name()} 自己的模板</section>".getBytes(StandardCharsets.UTF_8));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);

        double hostsBefore = entries(admin, "tenant.by-host");

        assertThat(home(unseenHost).body()).contains("自己的模板");

        assertThat(entries(admin, "tenant.by-host")).isGreaterThan(hostsBefore);
        assertThat(entries(admin, "template.configurations")).isGreaterThan(before.get("template.configurations"));
        assertThat(entries(admin, "render.slots")).isGreaterThan(before.get("render.slots"));
        assertThat(entries(admin, "page.generations")).isGreaterThanOrEqualTo(1);
        assertThat(entries(admin, "category.tree")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void onlyAPlatformAdminReadsThem() {
        assertThat(anonymous().get(GAUGE).status()).isEqualTo(401);
        assertThat(anonymous().get(GAUGE + "?tag=cache:page.cache").status()).isEqualTo(401);
    }

    private static double entries(Api admin, String cache) {
        Api.Response gauge = admin.get(GAUGE + "?tag=cache:" + cache);
        assertThat(gauge.status()).as(gauge.toString()).isEqualTo(200);
        return gauge.json().get("measurements").get(0).get("value").asDouble();
    }

    private HttpResponse<String> home(String host) {
        try {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .header("Host", host).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(200);
            return page;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
