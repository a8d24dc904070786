package org.beltportal.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over the low-level REST client: the portal carries no OpenSearch server classes, only HTTP. A status
 * the caller did not expect becomes {@link OpenSearchException} with the cluster's own reason.
 */
public final class OpenSearchClient implements AutoCloseable {

    private final RestClient rest;
    private final JsonMapper json;

    public OpenSearchClient(List<URI> urls, JsonMapper json) {
        this.rest = RestClient.builder(urls.stream().map(OpenSearchClient::host).toArray(HttpHost[]::new)).build();
        this.json = json;
    }

    private static HttpHost host(URI url) {
        return new HttpHost(url.getScheme(), url.getHost(), url.getPort() < 0 ? 9200 : url.getPort());
    }

    /** The response body of a request; {@code body} is written as JSON unless it is already a String. */
    public JsonNode send(String method, String path, Object body, Map<String, String> parameters) {
        Request request = new Request(method, path);
        request.addParameters(parameters);
        if (body != null) {
            request.setJsonEntity(body instanceof String text ? text : json.writeValueAsString(body));
        }
        try {
            Response response = rest.performRequest(request);
            if (response.getEntity() == null) {
                return json.createObjectNode();
            }
            return json.readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        } catch (ResponseException e) {
            throw new OpenSearchException(method + " " + path + " answered " + e.getResponse().getStatusLine().getStatusCode()
                    + ": " + reason(e.getResponse()), e.getResponse().getStatusLine().getStatusCode(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (org.apache.hc.core5.http.ParseException e) {
            throw new IllegalStateException(method + " " + path + " answered unreadable JSON", e);
        }
    }

    public JsonNode send(String method, String path, Object body) {
        return send(method, path, body, Map.of());
    }

    /** Whether a HEAD of {@code path} answers 200 (an index or alias exists). */
    public boolean exists(String path) {
        try {
            return rest.performRequest(new Request("HEAD", path)).getStatusLine().getStatusCode() == 200;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return false;
            }
            throw new OpenSearchException("HEAD " + path + " failed", e.getResponse().getStatusLine().getStatusCode(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("HEAD " + path + " failed", e);
        }
    }

    JsonMapper json() {
        return json;
    }

    private static String reason(Response response) {
        try {
            return response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        } catch (IOException | org.apache.hc.core5.http.ParseException e) {
            return "(no readable body)";
        }
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }

    /** The cluster refused or failed a request. */
    public static final class OpenSearchException extends RuntimeException {
        private final int status;

        OpenSearchException(String message, int status, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
