package org.beltportal.admin.template;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.system.BadRequestException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.template.PageCheck;
import org.beltportal.core.template.TemplateOverride;
import org.beltportal.core.template.TemplateOverrideService;
import org.beltportal.core.template.TemplatePath;
import org.beltportal.core.template.TemplateProblem;
import org.beltportal.core.template.TemplatePublishing;
import org.beltportal.core.template.TemplateVersion;
import org.beltportal.core.template.ThemeCatalog;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's templates. The template path is the rest of the URL after {@code templates/}
 * ({@code pages/home.ftlh}) and must be a {@link TemplatePath} (400 otherwise). {@code GET} answers the
 * effective source as text with {@code X-Template-Source: override} or {@code theme}; {@code PUT} takes
 * the source as text/plain, as a draft ({@code ?draft=true}) or published when every page renders with it
 * (decision 0035); {@code .../draft} reads the draft, {@code .../publish} publishes it, {@code .../versions} lists
 * the history, {@code .../versions/{n}} reads one, {@code .../versions/{n}/revert} brings it back and
 * {@code .../diff?from=&to=} compares two.
 */
@RestController
public class TemplateAdminController {

    static final String SOURCE_HEADER = "X-Template-Source";
    static final String VERSION_HEADER = "X-Template-Version";
    private static final String BASE = "/admin/api/v1/tenants/{slug}/templates";
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final Pattern VERSIONS = Pattern.compile("(.+)/versions(?:/([0-9]{1,9}))?");
    private static final Pattern DRAFT = Pattern.compile("(.+)/draft");
    private static final Pattern DIFF = Pattern.compile("(.+)/diff");
    private static final Pattern PUBLISH = Pattern.compile("(.+)/publish");
    private static final Pattern REVERT = Pattern.compile("(.+)/versions/([0-9]{1,9})/revert");

    private final TemplateOverrideService overrides;
    private final TemplatePublishing publishing;
    private final ThemeCatalog themes;

    public TemplateAdminController(TemplateOverrideService overrides, TemplatePublishing publishing, ThemeCatalog themes) {
        this.overrides = overrides;
        this.publishing = publishing;
        this.themes = themes;
    }

    @GetMapping(BASE)
    List<TemplateEntry> list(@Grant(Permission.CONFIGURE) Tenant tenant) {
        Map<String, Integer> overridden = overrides.overridden(tenant.id());
        Map<String, Integer> drafts = overrides.drafts(tenant.id());
        SortedSet<String> paths = new TreeSet<>(themes.templates(tenant.theme()));
        paths.addAll(overridden.keySet());
        paths.addAll(drafts.keySet());
        return paths.stream().map(path -> new TemplateEntry(path, overridden.containsKey(path), overridden.get(path),
                drafts.get(path),
                overridden.containsKey(path) ? overrides.problems(tenant.id(), new TemplatePath(path)) : List.of())).toList();
    }

    @ApiResponse(responseCode = "200", description = "The source in force (text, with X-Template-Source and X-Template-Version); "
            + "for {path}/versions the saved versions (JSON); for {path}/versions/{n} that version's source",
            content = {@Content(mediaType = "text/plain", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = TemplateVersion.class)))})
    @GetMapping(BASE + "/**")
    ResponseEntity<?> get(@Grant(Permission.CONFIGURE) Tenant tenant, @PathVariable String slug, HttpServletRequest request) {
        String rest = rest(request, slug);
        Matcher draft = DRAFT.matcher(rest);
        if (draft.matches()) {
            TemplatePath path = new TemplatePath(draft.group(1));
            TemplateOverride found = overrides.draft(tenant.id(), path)
                    .orElseThrow(() -> new NotFoundException(path + " has no draft"));
            return text(found.source(), "draft", found.version());
        }
        Matcher diff = DIFF.matcher(rest);
        if (diff.matches()) {
            TemplatePath path = new TemplatePath(diff.group(1));
            return ResponseEntity.ok(LineDiff.between(overrides.source(tenant.id(), path, number(request, "from")),
                    overrides.source(tenant.id(), path, number(request, "to"))));
        }
        Matcher versions = VERSIONS.matcher(rest);
        if (versions.matches()) {
            TemplatePath path = new TemplatePath(versions.group(1));
            if (versions.group(2) == null) {
                return ResponseEntity.ok(overrides.history(tenant.id(), path));
            }
            int version = Integer.parseInt(versions.group(2));
            return text(overrides.source(tenant.id(), path, version), "override", version);
        }
        TemplatePath path = new TemplatePath(rest);
        return overrides.current(tenant.id(), path)
                .map(found -> text(found.source(), "override", found.version()))
                .orElseGet(() -> text(themes.source(tenant.theme(), path)
                        .orElseThrow(() -> new NotFoundException("no template " + path)), "theme", null));
    }

    @ApiResponse(responseCode = "200", description = "Saved as the override's new version: published (every page type "
            + "rendered with it, `checks`), or with ?draft=true a draft buyers do not see")
    @ApiResponse(responseCode = "409", description = "Saved by someone else at the same time: try again")
    @ApiResponse(responseCode = "422", description = "`invalid_template`: it does not parse or breaks a sandbox rule (nothing "
            + "saved; details are TemplateProblems); `template_render_failed`: saved as a draft but a page fails with it "
            + "(details are the failing PageChecks with page, template and line)")
    @PutMapping(value = BASE + "/**", consumes = MediaType.TEXT_PLAIN_VALUE)
    SavedTemplate put(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONFIGURE) Tenant tenant,
                      @PathVariable String slug, HttpServletRequest request, @RequestBody(required = false) String source,
                      @RequestParam(defaultValue = "false") boolean draft) {
        TemplatePath path = new TemplatePath(rest(request, slug));
        if (draft) {
            TemplateOverride saved = overrides.saveDraft(user.username(), tenant.id(), path, source);
            return new SavedTemplate(saved.path(), saved.version(), false, null);
        }
        return SavedTemplate.of(publishing.saveAndPublish(user.username(), tenant.id(), path, source));
    }

    @ApiResponse(responseCode = "200", description = "{path}/publish: the draft published, every page type rendered with it; "
            + "{path}/versions/{n}/revert: version n saved again as the newest version and published")
    @ApiResponse(responseCode = "404", description = "No draft to publish, or no saved version n")
    @ApiResponse(responseCode = "409", description = "Saved again while it was being checked: publish again")
    @ApiResponse(responseCode = "422", description = "`template_render_failed`: a page fails with it; it stays a draft")
    @PostMapping(BASE + "/**")
    SavedTemplate post(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONFIGURE) Tenant tenant,
                       @PathVariable String slug, HttpServletRequest request) {
        String rest = rest(request, slug);
        Matcher publish = PUBLISH.matcher(rest);
        if (publish.matches()) {
            return SavedTemplate.of(publishing.publish(user.username(), tenant.id(), new TemplatePath(publish.group(1))));
        }
        Matcher revert = REVERT.matcher(rest);
        if (revert.matches()) {
            return SavedTemplate.of(publishing.restore(user.username(), tenant.id(), new TemplatePath(revert.group(1)),
                    Integer.parseInt(revert.group(2))));
        }
        throw new NotFoundException("no such template action: " + rest);
    }

    @DeleteMapping(BASE + "/**")
    SavedTemplate revert(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONFIGURE) Tenant tenant,
                         @PathVariable String slug, HttpServletRequest request) {
        TemplateVersion reverted = overrides.revert(user.username(), tenant.id(), new TemplatePath(rest(request, slug)));
        return new SavedTemplate(reverted.path(), reverted.version(), true, null);
    }

    /** The URL after {@code templates/}, undecoded: an encoded escape ({@code %2e%2e}) fails TemplatePath as it is. */
    private static String rest(HttpServletRequest request, String slug) {
        String prefix = request.getContextPath() + "/admin/api/v1/tenants/" + slug + "/templates/";
        String uri = request.getRequestURI();
        return uri.startsWith(prefix) ? uri.substring(prefix.length()) : "";
    }

    private static int number(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || !value.matches("[0-9]{1,9}")) {
            throw new BadRequestException(name + " must be a version number");
        }
        return Integer.parseInt(value);
    }

    private static ResponseEntity<String> text(String source, String origin, Integer version) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(TEXT).header(SOURCE_HEADER, origin);
        if (version != null) {
            answer.header(VERSION_HEADER, version.toString());
        }
        return answer.body(source);
    }

    /**
     * One row of the list: {@code version} is the override in force, null when the theme's template is;
     * {@code draft} the version of a draft waiting to be published, null when none; {@code problems} what the
     * template rules find in that override now (one saved before a rule existed fails to load until it is
     * changed), empty otherwise.
     */
    record TemplateEntry(String path, boolean overridden, Integer version, Integer draft, List<TemplateProblem> problems) {
    }

    /** {@code checks}: how each page type rendered with it, when it was just published (null otherwise). */
    record SavedTemplate(String path, int version, boolean published, List<PageCheck> checks) {

        static SavedTemplate of(TemplatePublishing.Published published) {
            return new SavedTemplate(published.path(), published.version(), true, published.checks());
        }
    }
}
