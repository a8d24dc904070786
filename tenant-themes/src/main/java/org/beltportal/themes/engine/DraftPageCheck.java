package org.beltportal.themes.engine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beltportal.core.template.PageCheck;
import org.beltportal.core.template.PageRenderCheck;
import org.beltportal.core.template.TemplatePath;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Renders each page type of a belt with a draft in place by asking this node for the page over HTTP, with a
 * {@link DraftTickets} ticket: the page's own controller builds its model from the belt's real data exactly as for
 * a buyer, and only the renderer differs (the draft in place, no fallback, no page cache). Why HTTP and not a
 * model built here: decision 0035.
 */
@Component
class DraftPageCheck implements PageRenderCheck {

    private final TenantService tenants;
    private final TenantConfigurations configurations;
    private final DraftTickets tickets;
    private final SamplePages samples;
    private final Environment environment;
    private final Duration pageTimeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    DraftPageCheck(TenantService tenants, TenantConfigurations configurations, DraftTickets tickets, SamplePages samples,
                   Environment environment, ThemeProperties properties) {
        this.tenants = tenants;
        this.configurations = configurations;
        this.tickets = tickets;
        this.samples = samples;
        this.environment = environment;
        // A render is abandoned at its time limit; the rest is the page's own work and the hop over loopback.
        this.pageTimeout = properties.renderTimeout().plusSeconds(10);
    }

    @Override
    public List<PageCheck> render(TenantId tenantId, TemplatePath path, String draft) {
        Tenant belt = tenants.require(tenantId);
        DraftTickets.Draft checked = new DraftTickets.Draft(tenantId, configurations.withDraft(belt, path, draft));
        String ticket = tickets.open(checked);
        try {
            List<PageCheck> results = new ArrayList<>();
            for (Map.Entry<String, Optional<String>> page : samples.of(belt).entrySet()) {
                results.add(page.getValue().map(url -> check(belt, page.getKey(), url, ticket, checked))
                        .orElseGet(() -> PageCheck.noData(page.getKey())));
            }
            return results;
        } finally {
            tickets.close(ticket);
        }
    }

    private PageCheck check(Tenant belt, String page, String url, String ticket, DraftTickets.Draft checked) {
        int status;
        try {
            status = http.send(HttpRequest.newBuilder(URI.create(origin() + "/t/" + belt.slug() + url))
                    .header(DraftTickets.HEADER, ticket).timeout(pageTimeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return failed(page, url, "the page could not be asked for: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(page, url, "interrupted");
        }
        Optional<RenderFailure> failure = checked.takeFailure();
        if (failure.isPresent()) {
            RenderFailure where = failure.get();
            return new PageCheck(page, url, PageCheck.Outcome.FAILED, where.template(), where.line(), where.column(),
                    where.reason());
        }
        if (status >= 500) {
            return failed(page, url, "the page answered " + status + " (the belt's renders were busy): try again");
        }
        return PageCheck.rendered(page, url);
    }

    private static PageCheck failed(String page, String url, String reason) {
        return new PageCheck(page, url, PageCheck.Outcome.FAILED, null, 0, 0, reason);
    }

    /** This node's own address: the port it listens on (known once the server has started) and its context path. */
    private String origin() {
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new IllegalStateException("no web server here: a draft's pages cannot be rendered");
        }
        return "http://127.0.0.1:" + port + environment.getProperty("server.servlet.context-path", "");
    }
}
