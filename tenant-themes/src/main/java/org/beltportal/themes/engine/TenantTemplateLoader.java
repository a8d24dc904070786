package org.beltportal.themes.engine;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import freemarker.cache.TemplateLoader;
import org.beltportal.core.template.TemplateOverrideService;
import org.beltportal.core.template.TemplatePath;
import org.beltportal.core.tenant.TenantId;

/**
 * One tenant's template lookup: its override from the database, else its theme's template, else the base
 * template. Without a tenant (the platform site, and every error page) only built-in templates are seen.
 * The override's version is its last-modified value, so a FreeMarker cache on any node notices a new
 * version or a revert at its next update check, whether or not it received the change event.
 */
final class TenantTemplateLoader implements TemplateLoader {

    /** The draft's "version": no stored version is negative, and its configuration is never reused. */
    private static final int DRAFT_VERSION = -1;

    private final TenantId tenantId;
    private final String theme;
    private final TemplateOverrideService overrides;
    private final BuiltInTemplates builtIns;
    private final Draft draft;

    /** A source not yet published that stands in for its path's published version (the check before publishing). */
    record Draft(TemplatePath path, String source) {
    }

    /**
     * @param tenantId null for built-in templates only; @param theme null for the base theme only;
     * @param draft null but for the check-render of a draft
     */
    TenantTemplateLoader(TenantId tenantId, String theme, TemplateOverrideService overrides, BuiltInTemplates builtIns,
                         Draft draft) {
        this.tenantId = tenantId;
        this.draft = draft;
        this.theme = theme;
        this.overrides = overrides;
        this.builtIns = builtIns;
    }

    @Override
    public Object findTemplateSource(String name) {
        if (!TemplateNames.isSafe(name)) {
            return null;
        }
        Source own = ownSource(name);
        return own != null ? own : builtIns.find(theme, name).map(url -> new Source(null, 0, url)).orElse(null);
    }

    /** Whether {@code name} (root-based) is found for this tenant alone, its override or the draft, rather than built in. */
    boolean owns(String name) {
        return TemplateNames.isSafe(name) && ownSource(name) != null;
    }

    /** The draft or the tenant's override in force of a safe name; null when the name is built in only. */
    private Source ownSource(String name) {
        if (draft != null && draft.path().value().equals(name)) {
            return new Source(draft.path(), DRAFT_VERSION, null);
        }
        if (tenantId != null && TemplatePath.isValid(name)) {
            TemplatePath path = new TemplatePath(name);
            Integer version = overrides.versionInForce(tenantId, path).orElse(null);
            if (version != null) {
                return new Source(path, version, null);
            }
        }
        return null;
    }

    @Override
    public long getLastModified(Object source) {
        return ((Source) source).version();
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        Source found = (Source) source;
        if (found.version() == DRAFT_VERSION) {
            return new StringReader(draft.source());
        }
        if (found.url() == null) {
            return new StringReader(overrides.source(tenantId, found.override(), found.version()));
        }
        return new InputStreamReader(found.url().openStream(), StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // Nothing is held open between findTemplateSource and getReader.
    }

    /** Either an override version ({@code url} null) or a built-in file; equal sources need no reload. */
    private record Source(TemplatePath override, int version, URL url) {
    }
}
