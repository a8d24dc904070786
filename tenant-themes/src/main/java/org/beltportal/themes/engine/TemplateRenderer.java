package org.beltportal.themes.engine;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import jakarta.annotation.PreDestroy;
import org.beltportal.core.system.BeltCaches;
import org.beltportal.core.template.TemplateFailure;
import org.beltportal.core.template.TemplateFailures;
import org.beltportal.core.template.TemplateOverrideChanged;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.web.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Renders one page within the limits: on a platform thread of its own, taking one of its site's
 * {@link RenderSlots}, within a {@link RenderBudget} of time and allocation, into a {@link BoundedWriter}.
 * A render still running at the time limit is abandoned: the request is answered at once, the render is
 * interrupted and stops at its next directive, and its slot comes back when its thread really ends.
 * Platform threads, not virtual ones: a virtual thread is never pre-empted, so a render busy inside one
 * long built-in call would keep its carrier, and with as many carriers as cores a few such renders
 * stopped every other belt's pages; the operating system pre-empts a platform thread.
 * Whatever goes wrong is logged in one line with tenant, template and reason, and the page is replaced
 * by the built-in error page in the tenant's look (status 500; 503 when the site's slots are all busy).
 * A page the belt's overrides fail is rendered again with its theme's own templates for that request, and a
 * belt whose overrides fail again and again renders with them for a while ({@link OverrideSuspensions}).
 */
@Component
class TemplateRenderer implements BeltCaches {

    static final String ERROR_PAGE = "pages/500.ftlh";
    /** How many items a sequence a template stores may have: far above any page's list, far below a risk. */
    static final int MAX_SEQUENCE = 100_000;
    private static final Logger log = LoggerFactory.getLogger(TemplateRenderer.class);
    /** The last resort when even the built-in error page cannot render: no template, no data. */
    private static final String PLAIN_ERROR_PAGE = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            + "<title>页面暂时无法显示</title></head><body><h1>页面暂时无法显示</h1><p>请稍后再试。</p></body></html>";

    private final TenantConfigurations configurations;
    private final RenderSlots slots;
    private final ThreadPoolExecutor renderThreads;
    private final Duration timeout;
    private final long maxChars;
    private final long maxAllocatedBytes;
    private final OverrideSuspensions suspensions;
    private final Duration overrideSuspension;
    private final DraftTickets tickets;
    private final TemplateFailures failures;
    private final Clock clock;

    TemplateRenderer(TenantConfigurations configurations, ThemeProperties properties, DraftTickets tickets,
                     TemplateFailures failures, Clock clock) {
        this.clock = clock;
        this.configurations = configurations;
        this.tickets = tickets;
        this.failures = failures;
        this.overrideSuspension = properties.overrideSuspension();
        this.suspensions = new OverrideSuspensions(properties.overrideFailures(), overrideSuspension, System::nanoTime);
        this.slots = new RenderSlots(properties.rendersPerTenant(), properties.renderSlotWait(),
                properties.renderSlotPatience());
        // Not a bean: an Executor bean would displace Boot's task executor. No queue: a render starts at
        // once or its site is answered as busy; idle threads end after a minute.
        this.renderThreads = new ThreadPoolExecutor(0, properties.renderThreads(), 1, TimeUnit.MINUTES,
                new SynchronousQueue<>(), Thread.ofPlatform().name("render-", 0).daemon().factory());
        this.timeout = properties.renderTimeout();
        this.maxChars = properties.maxOutput().toBytes();
        this.maxAllocatedBytes = properties.maxAllocation().toBytes();
        if (!RenderBudget.countsAllocations()) {
            log.warn("This JVM does not count allocations per thread: renders are limited in time and output only");
        }
    }

    RenderedPage render(Site site, String templateName, Map<String, Object> model, Locale locale) {
        return render(site, templateName, model, locale, null);
    }

    /**
     * The page, or in its place: the page with the theme's own templates when the belt's overrides fail it (the
     * failure recorded for the belt's operators), the error page (500) when that fails too, the busy page (503).
     * A request carrying a live {@link DraftTickets} ticket of its belt renders with that draft in place and
     * reports its failure to the ticket instead of falling back: it is the check before publishing.
     */
    RenderedPage render(Site site, String templateName, Map<String, Object> model, Locale locale, String draftTicket) {
        Optional<DraftTickets.Draft> draft = site instanceof Site.TenantSite tenantSite
                ? tickets.find(draftTicket, tenantSite.tenant().id()) : Optional.empty();
        try {
            if (draft.isPresent()) {
                return new RenderedPage(run(site, templateName, model, locale, draft.get().configuration, false),
                        RenderedPage.Outcome.RENDERED);
            }
            boolean withOverrides = site instanceof Site.TenantSite tenantSite && configurations.hasOverrides(tenantSite.tenant())
                    && !suspensions.suspended(tenantSite.tenant().id());
            SandboxConfiguration configuration = withOverrides ? configurations.forSite(site) : configurations.builtInForSite(site);
            return new RenderedPage(run(site, templateName, model, locale, configuration, withOverrides),
                    RenderedPage.Outcome.RENDERED);
        } catch (SiteBusyException e) {
            log.warn("Render of {} for {} refused: {}", templateName, describe(site), e.getMessage());
            return new RenderedPage(errorPage(site, model, locale), RenderedPage.Outcome.BUSY);
        } catch (RenderFailedException e) {
            log.warn("Render of {} for {} failed: {}", templateName, describe(site), e.getMessage());
            draft.ifPresent(checked -> checked.failed(e.where));
            if (draft.isEmpty() && e.withOverrides && site instanceof Site.TenantSite tenantSite) {
                return withoutOverrides(tenantSite, templateName, model, locale, e);
            }
            return new RenderedPage(errorPage(site, model, locale), RenderedPage.Outcome.FAILED);
        }
    }

    /**
     * The belt's overrides failed this page: buyers get it with the theme's own templates (decision 0035), the
     * belt's operators an alert, and after repeated failures the overrides are set aside for a while
     * ({@link OverrideSuspensions}) so that each request stops paying for a failing render first.
     */
    private RenderedPage withoutOverrides(Site.TenantSite site, String templateName, Map<String, Object> model,
                                          Locale locale, RenderFailedException failure) {
        TenantId tenantId = site.tenant().id();
        failures.record(tenantId, new TemplateFailure(TemplateNames.pageType(templateName), failure.where.template(),
                failure.where.line() == 0 ? null : failure.where.line(), failure.getMessage(), clock.instant()));
        if (suspensions.failed(tenantId)) {
            log.warn("Template overrides of {} suspended for {} s after repeated failures: its pages use the theme's "
                    + "own templates meanwhile", describe(site), overrideSuspension.toSeconds());
        }
        try {
            return new RenderedPage(run(site, templateName, model, locale, configurations.builtInForSite(site), false),
                    RenderedPage.Outcome.FELL_BACK);
        } catch (SiteBusyException e) {
            log.warn("Render of {} for {} with its theme's templates refused: {}", templateName, describe(site), e.getMessage());
            return new RenderedPage(errorPage(site, model, locale), RenderedPage.Outcome.BUSY);
        } catch (RenderFailedException e) {
            log.warn("Render of {} for {} with its theme's templates failed: {}", templateName, describe(site), e.getMessage());
            return new RenderedPage(errorPage(site, model, locale), RenderedPage.Outcome.FAILED);
        }
    }

    /** An operator who saves or reverts an override of a suspended belt sees the new version at once. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(TemplateOverrideChanged event) {
        suspensions.lift(event.tenantId());
    }

    /** Seconds after which a busy site has had time to finish its renders: what Retry-After says. */
    long retryAfterSeconds() {
        return Math.max(1, (timeout.toMillis() + 999) / 1000);
    }

    /**
     * The built-in error page, rendered on the request's own thread: its templates are the portal's own and
     * its data the failed page's, so it needs neither a slot nor a budget, and a busy site still gets it.
     */
    private String errorPage(Site site, Map<String, Object> model, Locale locale) {
        try {
            BoundedWriter page = new BoundedWriter(maxChars);
            configurations.builtInForSite(site).getTemplate(ERROR_PAGE, locale).process(model, page);
            return page.page();
        } catch (IOException | TemplateException | RuntimeException e) {
            log.error("The built-in error page failed for {}: {}", describe(site), reason(e));
            return PLAIN_ERROR_PAGE;
        }
    }

    private String run(Site site, String templateName, Map<String, Object> model, Locale locale,
                       SandboxConfiguration configuration, boolean withOverrides) {
        RenderSlots.SiteSlots siteSlots = slots.of(site);
        if (!slots.take(siteSlots)) {
            throw new SiteBusyException("all its renders are busy");
        }
        Future<String> render;
        try {
            render = renderThreads.submit(() -> {
                try {
                    return renderPage(configuration, templateName, model, locale);
                } catch (IOException | TemplateException | RuntimeException e) {
                    if (Thread.interrupted()) {
                        // Abandoned: the interrupt may have failed a template load midway, and FreeMarker keeps
                        // a failed load for the update delay, failing every render of the belt meanwhile.
                        configuration.clearTemplateCache();
                    }
                    throw e;
                } finally {
                    siteSlots.release();
                }
            });
        } catch (RejectedExecutionException e) {
            siteSlots.release();
            throw new SiteBusyException("all " + renderThreads.getMaximumPoolSize() + " render threads are busy");
        }
        try {
            return render.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            render.cancel(true);
            String reason = "took longer than " + timeout.toMillis() + " ms; abandoned";
            throw new RenderFailedException(reason, new RenderFailure(templateName, 0, 0, reason), withOverrides);
        } catch (ExecutionException e) {
            String reason = reason(e.getCause());
            throw new RenderFailedException(reason, RenderFailure.of(e.getCause(), templateName, reason), withOverrides);
        } catch (InterruptedException e) {
            render.cancel(true);
            Thread.currentThread().interrupt();
            String reason = "the request was interrupted";
            throw new RenderFailedException(reason, new RenderFailure(templateName, 0, 0, reason), false);
        }
    }

    private String renderPage(SandboxConfiguration configuration, String templateName, Map<String, Object> model, Locale locale)
            throws IOException, TemplateException {
        RenderBudget budget = new RenderBudget(timeout, maxAllocatedBytes, MAX_SEQUENCE, ExpressionSizes.MAX_HELD_CHARS);
        BoundedWriter page = new BoundedWriter(maxChars);
        Template template = configuration.page(templateName, locale);
        Environment environment = template.createProcessingEnvironment(model, page);
        environment.setTemplateProcessingTracer(budget);
        environment.process();
        return page.page();
    }

    /** A one-line reason for the log; FreeMarker's own messages carry the template's line and column. */
    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StackOverflowError) {
                return "recursion or nesting too deep (stack overflow)";
            }
            if (cause instanceof OutOfMemoryError) {
                return "out of memory";
            }
            if (cause instanceof BoundedWriter.OutputLimitExceededException
                    || cause instanceof RenderBudget.RenderLimitException
                    || cause instanceof TemplateRefusedException) {
                return cause.getMessage();
            }
            if (cause instanceof ParseException parse) {
                return "does not parse: " + parse.getEditorMessage() + " at line " + parse.getLineNumber()
                        + ", column " + parse.getColumnNumber();
            }
            if (cause instanceof TemplateNotFoundException missing) {
                return "no template " + missing.getTemplateName();
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateException template) {
                return RenderFailure.message(template);
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
        /** Where the render stopped, for the operators' alert and the check before publishing. */
        final RenderFailure where;
        /** Whether the failed render used the belt's overrides, which may then be suspended. */
        final boolean withOverrides;

        RenderFailedException(String reason, RenderFailure where, boolean withOverrides) {
            super(reason, null, false, false);
            this.where = where;
            this.withOverrides = withOverrides;
        }
    }

    private static final class SiteBusyException extends RuntimeException {

        SiteBusyException(String reason) {
            super(reason, null, false, false);
        }
    }

    @Override
    public Map<String, LongSupplier> beltCacheEntries() {
        return Map.of("render.slots", slots::sites, "render.override-suspensions", suspensions::belts);
    }
}
