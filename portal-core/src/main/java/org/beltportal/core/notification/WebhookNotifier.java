package org.beltportal.core.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * Posts a signed JSON body to a belt's webhook ({@link WebhookSigner}). Redirects are not followed (one could
 * lead past the address check); any answer but 2xx is a failure to retry.
 */
@Component
public class WebhookNotifier {

    private final WebhookTargets targets;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient client;

    WebhookNotifier(WebhookTargets targets, NotificationProperties properties, Clock clock) {
        this.targets = targets;
        this.timeout = properties.webhookTimeout();
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends; throws {@link RefusedTarget} for a URL that may not be called, IOException for a failed call. */
    public void post(TenantWebhook webhook, String body) throws IOException, InterruptedException {
        targets.refusal(webhook.url()).ifPresent(reason -> {
            throw new RefusedTarget("webhook url " + reason);
        });
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "BeltPortal-Webhook")
                .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.signature(webhook.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("webhook answered HTTP " + response.statusCode());
        }
    }

    /** The webhook's address may not be called at all: retrying would not help. */
    public static final class RefusedTarget extends RuntimeException {
        RefusedTarget(String message) {
            super(message);
        }
    }
}
