package org.beltportal.core.template;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.feed.ChangeArrived;
import org.beltportal.core.feed.ChangeKind;
import org.beltportal.core.system.BeltCaches;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.ReadMostlyCache;
import org.beltportal.core.system.web.PayloadTooLargeException;
import org.beltportal.core.template.internal.TemplateOverrideMapper;
import org.beltportal.core.tenant.TenantId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A tenant's template overrides, versioned: a save stores a new version as a draft after {@link TemplateCheck}
 * accepts it, {@link TemplatePublishing} publishes a draft once every page renders with it, a revert stores a
 * (published) version that hands the path back to the theme. Buyers get the newest published version of a path.
 * Callers have checked the actor's rights.
 */
@Service
public class TemplateOverrideService implements BeltCaches {

    /** Largest source accepted, in UTF-8 bytes: far above any real page template, far below a memory risk. */
    public static final int MAX_SOURCE_BYTES = 256 * 1024;
    /** Bounds how long renders on another node keep a template version after a save or revert here. */
    static final Duration VERSIONS_REFRESH = Duration.ofSeconds(5);

    private final TemplateOverrideMapper mapper;
    private final ObjectProvider<TemplateCheck> check;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TemplateFailures failures;
    private final Clock clock;
    private final ReadMostlyCache<TenantId, Map<String, Integer>> inForce =
            new ReadMostlyCache<>(VERSIONS_REFRESH, Duration.ofMinutes(1), 10_000, this::overridden);

    TemplateOverrideService(TemplateOverrideMapper mapper, ObjectProvider<TemplateCheck> check, AuditLog audit,
                                   ApplicationEventPublisher events, TemplateFailures failures, Clock clock) {
        this.mapper = mapper;
        this.failures = failures;
        this.check = check;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The override in force for the path (its newest published version), if any. */
    public Optional<TemplateOverride> current(TenantId tenantId, TemplatePath path) {
        return currentVersion(tenantId, path).map(version -> withSource(tenantId, path, version));
    }

    /** The draft of the path: its newest version when that is a saved source not yet published. */
    public Optional<TemplateOverride> draft(TenantId tenantId, TemplatePath path) {
        return mapper.findNewestOf(tenantId, path.value(), false).filter(v -> !v.published())
                .map(v -> withSource(tenantId, path, v.version()));
    }

    private TemplateOverride withSource(TenantId tenantId, TemplatePath path, int version) {
        return new TemplateOverride(path.value(), version, mapper.findSource(tenantId, path.value(), version).orElseThrow());
    }

    /**
     * The version of the override in force as renders see it, without reading its source: what the template
     * loader polls for every template of every render. Cached per tenant ({@link ReadMostlyCache}): a save here
     * shows at once, one on another node within {@link #VERSIONS_REFRESH}.
     */
    public Optional<Integer> versionInForce(TenantId tenantId, TemplatePath path) {
        return Optional.ofNullable(inForce.get(tenantId).get(path.value()));
    }

    /** Whether the tenant has any override in force, from the same cache as {@link #versionInForce}. */
    public boolean anyInForce(TenantId tenantId) {
        return !inForce.get(tenantId).isEmpty();
    }

    private Optional<Integer> currentVersion(TenantId tenantId, TemplatePath path) {
        return mapper.findNewestOf(tenantId, path.value(), true).filter(v -> !v.reverted()).map(TemplateVersion::version);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(TemplateOverrideChanged event) {
        inForce.invalidate(event.tenantId());
    }

    /** The source of one saved version; 404 for a revert step or a version that never was. */
    public String source(TenantId tenantId, TemplatePath path, int version) {
        return mapper.findSource(tenantId, path.value(), version)
                .orElseThrow(() -> new NotFoundException("no saved version " + version + " of " + path));
    }

    /** Paths overridden now, with the version in force. */
    public Map<String, Integer> overridden(TenantId tenantId) {
        return mapper.findNewest(tenantId, true).stream().filter(v -> !v.reverted())
                .collect(Collectors.toMap(TemplateVersion::path, TemplateVersion::version));
    }

    /** Paths with a draft waiting to be published, with the draft's version. */
    public Map<String, Integer> drafts(TenantId tenantId) {
        return mapper.findNewest(tenantId, false).stream().filter(v -> !v.published())
                .collect(Collectors.toMap(TemplateVersion::path, TemplateVersion::version));
    }

    /**
     * What the rules find in the override in force now, empty when none is: a source stored before a rule
     * existed may break it, and then fails to load (its pages answer the error page); the listing shows why.
     */
    public List<TemplateProblem> problems(TenantId tenantId, TemplatePath path) {
        return current(tenantId, path).map(found -> sandbox().problems(tenantId, path, found.source())).orElse(List.of());
    }

    /** Every version of the path, newest first. */
    public List<TemplateVersion> history(TenantId tenantId, TemplatePath path) {
        return mapper.findHistory(tenantId, path.value());
    }

    /** Stores the source as the path's draft: buyers keep the published version until it is published. */
    @Transactional
    public TemplateOverride saveDraft(String actor, TenantId tenantId, TemplatePath path, String source) {
        String text = source == null ? "" : source;
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_SOURCE_BYTES) {
            throw new PayloadTooLargeException(MAX_SOURCE_BYTES);
        }
        List<TemplateProblem> problems = sandbox().problems(tenantId, path, text);
        if (!problems.isEmpty()) {
            throw new TemplateRejectedException(path.value(), problems);
        }
        Optional<TemplateOverride> before = draft(tenantId, path).or(() -> current(tenantId, path));
        int version = insert(actor, tenantId, path, text, false);
        TemplateOverride after = new TemplateOverride(path.value(), version, text);
        audit.record(actor, tenantId, "template.save", "template", path, before.orElse(null), after);
        return after;
    }

    /**
     * Makes the draft what buyers get; {@link TemplatePublishing} has rendered every page with it. 409 when the
     * draft is no longer the path's newest version (saved again meanwhile): what was checked is not what is newest.
     */
    @Transactional
    void markPublished(String actor, TenantId tenantId, TemplateOverride draft) {
        TemplatePath path = new TemplatePath(draft.path());
        Optional<TemplateOverride> before = current(tenantId, path);
        if (mapper.publish(tenantId, draft.path(), draft.version(), clock.instant()) == 0) {
            throw new ConflictException(path + " was changed while its draft was being checked; check it again");
        }
        audit.record(actor, tenantId, "template.publish", "template", path, before.orElse(null),
                Map.of("path", draft.path(), "version", draft.version()));
        changed(tenantId, path);
    }

    private void changed(TenantId tenantId, TemplatePath path) {
        failures.clear(tenantId);
        events.publishEvent(new TemplateOverrideChanged(tenantId, path.value()));
    }

    /** Fail closed: an application without the theme engine (core's own context) cannot vouch for a source. */
    private TemplateCheck sandbox() {
        return check.stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no TemplateCheck: templates cannot be checked here"));
    }

    /** Hands the path back to the theme's template; 404 when it is not overridden now. */
    @Transactional
    public TemplateVersion revert(String actor, TenantId tenantId, TemplatePath path) {
        TemplateOverride before = current(tenantId, path)
                .orElseThrow(() -> new NotFoundException(path + " is not overridden"));
        int version = insert(actor, tenantId, path, null, true);
        audit.record(actor, tenantId, "template.revert", "template", path, before,
                Map.of("path", path.value(), "version", version, "reverted", true));
        changed(tenantId, path);
        return mapper.findNewestOf(tenantId, path.value(), false).orElseThrow();
    }

    private int insert(String actor, TenantId tenantId, TemplatePath path, String source, boolean published) {
        int version = mapper.findNewestOf(tenantId, path.value(), false).map(TemplateVersion::version).orElse(0) + 1;
        try {
            mapper.insert(tenantId, path.value(), version, source, source == null, published, actor, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new ConflictException(path + " was changed at the same time by someone else; try again");
        }
        return version;
    }

    /** Another node's template publish arrives as belt content through the change feed (decision 0043). */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(ChangeArrived event) {
        if (event.kind() == ChangeKind.CONTENT) {
            inForce.invalidate(event.tenantId());
        }
    }

    @Override
    public Map<String, LongSupplier> beltCacheEntries() {
        return Map.of("template.versions-in-force", inForce::size);
    }
}
