package org.beltportal.core.template;

import java.util.List;

import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.TenantId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Publishing a draft: every page type of the belt is rendered with its real data and the draft in place
 * ({@link PageRenderCheck}); one failure refuses it, naming the page, template and line, and the draft stays a
 * draft. The renders run outside any transaction (they are HTTP requests to this node, decision 0035), the
 * publishing itself in one. Callers have checked the actor's rights.
 */
@Service
public class TemplatePublishing {

    private final TemplateOverrideService overrides;
    private final ObjectProvider<PageRenderCheck> check;

    TemplatePublishing(TemplateOverrideService overrides, ObjectProvider<PageRenderCheck> check) {
        this.overrides = overrides;
        this.check = check;
    }

    /** A draft made what buyers get, and how each page type rendered with it. */
    public record Published(String path, int version, List<PageCheck> checks) {
    }

    /** Publishes the path's draft; 404 when it has none, 422 ({@link TemplateRenderFailedException}) when a page fails. */
    public Published publish(String actor, TenantId tenantId, TemplatePath path) {
        TemplateOverride draft = overrides.draft(tenantId, path)
                .orElseThrow(() -> new NotFoundException(path + " has no draft to publish"));
        List<PageCheck> checks = renderer().render(tenantId, path, draft.source());
        if (checks.stream().anyMatch(PageCheck::failed)) {
            throw new TemplateRenderFailedException(path.value(), checks);
        }
        overrides.markPublished(actor, tenantId, draft);
        return new Published(path.value(), draft.version(), checks);
    }

    /** Saves the source as a draft and publishes it; a page that fails leaves it a draft (422). */
    public Published saveAndPublish(String actor, TenantId tenantId, TemplatePath path, String source) {
        overrides.saveDraft(actor, tenantId, path, source);
        return publish(actor, tenantId, path);
    }

    /** Brings back the source of an earlier version as a new version, published like a save. */
    public Published restore(String actor, TenantId tenantId, TemplatePath path, int version) {
        return saveAndPublish(actor, tenantId, path, overrides.source(tenantId, path, version));
    }

    /** Fail closed: without the theme engine (core's own context) nothing can vouch that the pages render. */
    private PageRenderCheck renderer() {
        return check.stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no PageRenderCheck: drafts cannot be checked here"));
    }
}
