package org.beltportal.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.beltportal.search.opensearch.cluster.OpenSearchProcess;
import org.junit.jupiter.api.Test;

/**
 * The packaged plugin zip, installed into a node's plugins folder as {@code opensearch-plugin install} would put
 * it, with none of its classes on the node's class path: the node loads it in its own class loader, passes the
 * jar-hell check, and its analysers cut Traditional Chinese and full-width letters as the embedded index does.
 */
class PluginZipIT {

    @Test
    void theInstalledPluginZipProvidesThePortalsAnalysers() throws Exception {
        Path zip = Path.of(System.getProperty("beltportal.plugin.zip"));
        assertThat(zip).exists();
        OpenSearchProcess node = OpenSearchProcess.withInstalledPlugin(zip);
        try {
            HttpClient http = HttpClient.newHttpClient();
            String plugins = http.send(HttpRequest.newBuilder(node.url().resolve("/_cat/plugins")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(plugins).contains("beltportal-analysis");

            String tokens = http.send(HttpRequest.newBuilder(node.url().resolve("/_analyze"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"analyzer\":\"" + AnalyzerNames.RECALL
                            + "\",\"text\":\"連衣裙 ＰＶＣ\"}")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(tokens).contains("\"连衣\"", "\"衣裙\"", "\"pvc\"").doesNotContain("\"連衣\"");
        } finally {
            node.stop();
        }
    }
}
