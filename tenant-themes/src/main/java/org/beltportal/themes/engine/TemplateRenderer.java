package org.beltportal.themes.engine;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import freemarker.core.ParseException;
import jakarta.annotation.PreDestroy;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateNotFoundException;
import org.beltportal.core.tenant.web.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders one page within the limits: on a virtual thread of its own, cancelled (interrupted) at the time
 * limit, into a {@link BoundedWriter}. Whatever goes wrong (a limit, a parse or runtime error in an
 * override, deep recursion) is logged with tenant, template and reason, and the page is replaced by the
 * built-in error page in the tenant's look. Nothing is shared between renders, so one tenant's failing
 * template leaves every other render alone.
 */
@Component
class TemplateRenderer {

    static final String ERROR_PAGE = "pages/500.ftlh";
    private static final Logger log = LoggerFactory.getLogger(TemplateRenderer.class);
    /** The last resort when even the built-in error page cannot render: no template, no data. */
    private static final String PLAIN_ERROR_PAGE = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            + "<title>页面暂时无法显示</title></head><body><h1>页面暂时无法显示</h1><p>请稍后再试。</p></body></html>";

    private final TenantConfigurations configurations;
    private final ExecutorService renderThreads;
    private final Duration timeout;
    private final long maxChars;

    TemplateRenderer(TenantConfigurations configurations, ThemeProperties properties) {
        this.configurations = configurations;
        // One virtual thread per render, not a bean: an Executor bean would displace Boot's task executor.
        // A render cut off at its time limit costs no pooled thread.
        this.renderThreads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("render-", 0).factory());
        this.timeout = properties.renderTimeout();
        this.maxChars = properties.maxOutput().toBytes();
    }

    RenderedPage render(Site site, String templateName, Map<String, Object> model, Locale locale) {
        try {
            return new RenderedPage(run(configurations.forSite(site), templateName, model, locale), false);
        } catch (RenderFailedException e) {
            log.warn("Render of {} for {} failed: {}", templateName, describe(site), e.getMessage());
            return new RenderedPage(errorPage(site, model, locale), true);
        }
    }

    private String errorPage(Site site, Map<String, Object> model, Locale locale) {
        try {
            return run(configurations.builtInForSite(site), ERROR_PAGE, model, locale);
        } catch (RenderFailedException e) {
            log.error("The built-in error page failed for {}: {}", describe(site), e.getMessage());
            return PLAIN_ERROR_PAGE;
        }
    }

    private String run(Configuration configuration, String templateName, Map<String, Object> model, Locale locale) {
        Future<String> render = renderThreads.submit(() -> {
            BoundedWriter page = new BoundedWriter(maxChars);
            Template template = configuration.getTemplate(templateName, locale);
            template.process(model, page);
            return page.page();
        });
        try {
            return render.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            render.cancel(true);
            throw new RenderFailedException("took longer than " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new RenderFailedException(reason(e.getCause()));
        } catch (InterruptedException e) {
            render.cancel(true);
            Thread.currentThread().interrupt();
            throw new RenderFailedException("the request was interrupted");
        }
    }

    /** A one-line reason for the log; FreeMarker's own messages carry the template's line and column. */
    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StackOverflowError) {
                return "recursion too deep (stack overflow)";
            }
            if (cause instanceof BoundedWriter.OutputLimitExceededException tooLarge) {
                return tooLarge.getMessage();
            }
            if (cause instanceof ParseException parse) {
                return "does not parse: " + parse.getEditorMessage() + " at line " + parse.getLineNumber()
                        + ", column " + parse.getColumnNumber();
            }
            if (cause instanceof TemplateNotFoundException missing) {
                return "no template " + missing.getTemplateName();
            }
        }
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip().lines().findFirst().orElse("");
        return failure.getClass().getSimpleName() + ": " + message;
    }

    @PreDestroy
    void stop() {
        renderThreads.shutdownNow();
    }

    private static String describe(Site site) {
        return site instanceof Site.TenantSite tenantSite ? "tenant " + tenantSite.tenant().slug() : "the platform site";
    }

    private static final class RenderFailedException extends RuntimeException {

        RenderFailedException(String reason) {
            super(reason, null, false, false);
        }
    }
}
