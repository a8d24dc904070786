package org.beltportal.core.tenant;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.HtmlSanitizer;
import org.beltportal.core.system.BadRequestException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.LikePatterns;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.Problems;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.system.Slugs;
import org.beltportal.core.template.ThemeCatalog;
import org.beltportal.core.tenant.internal.BrandingMapper;
import org.beltportal.core.tenant.internal.TenantMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and configures belt portals. Callers have already checked the actor's rights. */
@Service
public class TenantService {

    private static final int MAX_HOSTS = 20;

    private final TenantMapper tenants;
    private final BrandingMapper brandings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ThemeCatalog> themes;
    private final Clock clock;

    TenantService(TenantMapper tenants, BrandingMapper brandings, AuditLog audit,
                         ApplicationEventPublisher events, ObjectProvider<ThemeCatalog> themes, Clock clock) {
        this.tenants = tenants;
        this.brandings = brandings;
        this.audit = audit;
        this.events = events;
        this.themes = themes;
        this.clock = clock;
    }

    public List<Tenant> all() {
        return tenants.findAll();
    }

    /** Every belt's slug by its id: how lists of users and audit entries name the belts they mention. */
    public Map<TenantId, String> slugsById() {
        return tenants.findAll().stream().collect(Collectors.toMap(Tenant::id, Tenant::slug, (a, b) -> a));
    }

    public List<Tenant> byIds(List<TenantId> ids) {
        return tenants.findByIds(ids);
    }

    /**
     * A page of belts, by slug, whose name, English name or slug contains {@code text} (blank: all); only
     * those among {@code onlyIds} unless it is null (a platform admin's view). Paged in SQL: a platform may
     * hold a thousand belts.
     */
    public ResultPage<Tenant> search(List<TenantId> onlyIds, String text, PageQuery query) {
        String pattern = LikePatterns.containing(text);
        return ResultPage.of(tenants.search(onlyIds, pattern, query.offset(), query.size()),
                tenants.countSearch(onlyIds, pattern), query);
    }

    public Optional<Tenant> findBySlug(String slug) {
        return Slugs.isValid(slug) ? tenants.findBySlug(slug) : Optional.empty();
    }

    public Tenant requireBySlug(String slug) {
        return findBySlug(slug).orElseThrow(() -> new NotFoundException("no tenant " + slug));
    }

    public Tenant require(TenantId id) {
        return tenants.findById(id).orElseThrow(() -> new NotFoundException("no tenant " + id));
    }

    @Transactional
    public Tenant create(String actor, String slug, TenantSettings requested, List<String> hosts) {
        return create(actor, slug, requested, hosts, null);
    }

    /**
     * Creates a belt under the region node {@code regionCode} (null: outside the tree, reached by platform admins
     * only); an unknown code is a 422 on {@code regionCode}.
     */
    @Transactional
    public Tenant create(String actor, String slug, TenantSettings requested, List<String> hosts, String regionCode) {
        TenantSettings settings = requested.withDefaults();
        Problems problems = new Problems();
        checkRegion(problems, regionCode);
        problems.matches(slug, Slugs.PATTERN, "slug", Slugs.RULE).require(slug != null, "slug", "is required")
                .require(slug == null || slug.length() <= 40, "slug", "must be at most 40 characters");
        settings.validate(problems);
        problems.throwIfAny();
        requireBuiltInTheme(settings.theme());
        List<String> normalised = normaliseHosts(hosts == null ? List.of() : hosts);
        if (tenants.findBySlug(slug).isPresent()) {
            throw new ConflictException("slug", "tenant slug " + slug + " is taken");
        }
        TenantMapper.TenantRow row = new TenantMapper.TenantRow(null, slug, settings, TenantStatus.ACTIVE, clock.instant(),
                blankToNull(regionCode));
        tenants.insert(row);
        TenantId id = new TenantId(row.id);
        brandings.insert(id, Branding.empty(), clock.instant());
        for (String host : normalised) {
            insertHost(id, host);
        }
        Tenant created = require(id);
        audit.record(actor, id, "tenant.create", "tenant", slug, null, created);
        events.publishEvent(new TenantChanged(id));
        return created;
    }

    @Transactional
    public Tenant update(String actor, TenantId id, TenantSettings requested) {
        Tenant before = require(id);
        TenantSettings settings = checked(requested);
        tenants.update(new TenantMapper.TenantRow(id.value(), before.slug(), settings, before.status(), clock.instant()));
        return audited(actor, "tenant.update", before);
    }

    @Transactional
    public Tenant setStatus(String actor, TenantId id, TenantStatus status) {
        Tenant before = require(id);
        TenantSettings same = new TenantSettings(before.name(), before.nameEn(), before.region(), before.locale(),
                before.timezone(), before.theme(), before.icpNumber());
        tenants.update(new TenantMapper.TenantRow(id.value(), before.slug(), same, status, clock.instant()));
        return audited(actor, "tenant.status", before);
    }

    /**
     * Moves the belt to another node of the region tree (null: out of it). Who reaches the belt through a regional
     * grant changes with it, so callers let only platform admins do this.
     */
    @Transactional
    public Tenant setRegion(String actor, TenantId id, String regionCode) {
        Tenant before = require(id);
        Problems problems = new Problems();
        checkRegion(problems, regionCode);
        problems.throwIfAny();
        tenants.updateRegion(id, blankToNull(regionCode), clock.instant());
        return audited(actor, "tenant.region", before);
    }

    private void checkRegion(Problems problems, String regionCode) {
        String code = blankToNull(regionCode);
        problems.require(code == null || code.length() <= 12 && tenants.regionExists(code), "regionCode",
                "is not a known region code: use the administrative division code of the belt's county, such as 330782");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Branding branding(TenantId id) {
        return brandings.find(id).orElseGet(Branding::empty);
    }

    @Transactional
    public Branding updateBranding(String actor, TenantId id, Branding requested) {
        Branding cleaned = checked(requested);
        Branding before = branding(id);
        brandings.update(id, cleaned, clock.instant());
        audit.record(actor, id, "branding.update", "branding", id, before, cleaned);
        events.publishEvent(new TenantChanged(id));
        return cleaned;
    }

    /**
     * The branding as a save would store it (validated, footer sanitised), without storing it: what the
     * console's preview shows, so an operator sees exactly what saving would give buyers.
     */
    public Branding checked(Branding requested) {
        Problems problems = new Problems();
        requested.validate(problems);
        problems.throwIfAny();
        return new Branding(requested.logoUrl(), requested.primaryColor(), requested.accentColor(),
                requested.slogan(), requested.heroImages(), HtmlSanitizer.clean(requested.footerHtml()));
    }

    /** The settings as an update would store them (defaults filled, validated), without storing them. */
    public TenantSettings checked(TenantSettings requested) {
        TenantSettings settings = requested.withDefaults();
        Problems problems = new Problems();
        settings.validate(problems);
        problems.throwIfAny();
        requireBuiltInTheme(settings.theme());
        return settings;
    }

    public List<String> hosts(TenantId id) {
        return tenants.findHosts(id);
    }

    @Transactional
    public List<String> addHost(String actor, TenantId id, String hostname) {
        String host = normaliseHosts(List.of(hostname)).getFirst();
        List<String> before = hosts(id);
        if (before.size() >= MAX_HOSTS) {
            throw InvalidInputException.of("hostname", "a tenant has at most " + MAX_HOSTS + " hosts");
        }
        insertHost(id, host);
        return auditedHosts(actor, id, before);
    }

    @Transactional
    public List<String> removeHost(String actor, TenantId id, String hostname) {
        List<String> before = hosts(id);
        String host = Hostnames.normalise(hostname).orElse(hostname);
        if (tenants.deleteHost(id, host) == 0) {
            throw new NotFoundException("host " + hostname + " is not one of this tenant's hosts");
        }
        return auditedHosts(actor, id, before);
    }

    /** The themes a belt may take: those the theme engine ships (only the default one without an engine). */
    public Set<String> themes() {
        return themes.stream().findFirst().map(ThemeCatalog::themes).orElse(Set.of(TenantSettings.DEFAULT_THEME));
    }

    /**
     * A 400 for a theme the engine does not ship. Without a theme engine in the application (core's and
     * search's own tests) only the default theme is known, so nothing unknown is ever stored.
     */
    private void requireBuiltInTheme(String theme) {
        Set<String> known = themes();
        if (!known.contains(theme)) {
            throw new BadRequestException("unknown theme '" + theme + "': the built-in themes are "
                    + String.join(", ", known.stream().sorted().toList()));
        }
    }

    private void insertHost(TenantId id, String host) {
        if (tenants.hostExists(host)) {
            throw new ConflictException("hosts", "host " + host + " already belongs to a tenant");
        }
        tenants.insertHost(id, host);
    }

    private List<String> normaliseHosts(List<String> hosts) {
        Problems problems = new Problems();
        List<String> normalised = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            Optional<String> host = Hostnames.normalise(hosts.get(i));
            problems.require(host.isPresent(), "hosts[" + i + "]", "must be a hostname such as yiwu.example.gov.cn");
            host.filter(h -> !normalised.contains(h)).ifPresent(normalised::add);
        }
        problems.require(hosts.size() <= MAX_HOSTS, "hosts", "at most " + MAX_HOSTS);
        problems.throwIfAny();
        return normalised;
    }

    private Tenant audited(String actor, String action, Tenant before) {
        Tenant after = require(before.id());
        audit.record(actor, before.id(), action, "tenant", before.slug(), before, after);
        events.publishEvent(new TenantChanged(before.id()));
        return after;
    }

    private List<String> auditedHosts(String actor, TenantId id, List<String> before) {
        List<String> after = hosts(id);
        audit.record(actor, id, "tenant.hosts", "tenant", id, before, after);
        events.publishEvent(new TenantChanged(id));
        return after;
    }
}
