package org.beltportal.admin.tenant;

import java.net.URI;
import java.util.List;

import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.TenantAccess;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.web.JsonMergePatch;
import org.beltportal.core.system.web.MergePatchMapping;
import org.beltportal.core.tenant.Branding;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.TenantStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/admin/api/v1/tenants")
public class TenantAdminController {

    private final TenantService tenants;
    private final TenantAccess access;
    private final JsonMergePatch patches;

    public TenantAdminController(TenantService tenants, TenantAccess access, JsonMergePatch patches) {
        this.tenants = tenants;
        this.access = access;
        this.patches = patches;
    }

    /** Platform admins see every tenant; everyone else the tenants they hold a grant on. */
    @GetMapping
    List<TenantView> list(@AuthenticationPrincipal PortalUser user) {
        List<Tenant> visible = user.isPlatformAdmin() ? tenants.all() : tenants.byIds(user.grantedTenants());
        return visible.stream().map(this::view).toList();
    }

    @PostMapping
    ResponseEntity<TenantView> create(@AuthenticationPrincipal PortalUser user, @RequestBody TenantRequest request) {
        access.requirePlatformAdmin(user);
        Tenant created = tenants.create(user.username(), request.slug(), request.settings(), request.hosts());
        return ResponseEntity.created(URI.create("/admin/api/v1/tenants/" + created.slug())).body(view(created));
    }

    @GetMapping("/{slug}")
    TenantView get(@AuthenticationPrincipal PortalUser user, @PathVariable String slug) {
        return view(access.require(user, slug, Permission.READ));
    }

    @PutMapping("/{slug}")
    TenantView update(@AuthenticationPrincipal PortalUser user, @PathVariable String slug,
                      @RequestBody TenantRequest request) {
        Tenant tenant = access.require(user, slug, Permission.CONFIGURE);
        return view(tenants.update(user.username(), tenant.id(), request.settings()));
    }

    /** Changes only the settings the patch names; {@code slug} and {@code hosts} are ignored as on PUT. */
    @MergePatchMapping("/{slug}")
    TenantView patch(@AuthenticationPrincipal PortalUser user, @PathVariable String slug, @RequestBody JsonNode patch) {
        Tenant tenant = access.require(user, slug, Permission.CONFIGURE);
        TenantRequest request = patches.apply(patch, view(tenant), TenantRequest.class);
        return view(tenants.update(user.username(), tenant.id(), request.settings()));
    }

    @PutMapping("/{slug}/status")
    TenantView status(@AuthenticationPrincipal PortalUser user, @PathVariable String slug,
                      @RequestBody StatusRequest request) {
        Tenant tenant = access.require(user, slug, Permission.PLATFORM);
        if (request.status() == null) {
            throw InvalidInputException.of("status", "is required");
        }
        return view(tenants.setStatus(user.username(), tenant.id(), request.status()));
    }

    @GetMapping("/{slug}/branding")
    Branding branding(@AuthenticationPrincipal PortalUser user, @PathVariable String slug) {
        return tenants.branding(access.require(user, slug, Permission.READ).id());
    }

    @PutMapping("/{slug}/branding")
    Branding updateBranding(@AuthenticationPrincipal PortalUser user, @PathVariable String slug,
                            @RequestBody Branding branding) {
        Tenant tenant = access.require(user, slug, Permission.CONFIGURE);
        return tenants.updateBranding(user.username(), tenant.id(), branding);
    }

    /** One colour or the slogan alone, say, without sending (and so without wiping) the rest. */
    @MergePatchMapping("/{slug}/branding")
    Branding patchBranding(@AuthenticationPrincipal PortalUser user, @PathVariable String slug,
                           @RequestBody JsonNode patch) {
        Tenant tenant = access.require(user, slug, Permission.CONFIGURE);
        Branding branding = patches.apply(patch, tenants.branding(tenant.id()), Branding.class);
        return tenants.updateBranding(user.username(), tenant.id(), branding);
    }

    @GetMapping("/{slug}/hosts")
    Hosts hosts(@AuthenticationPrincipal PortalUser user, @PathVariable String slug) {
        return new Hosts(tenants.hosts(access.require(user, slug, Permission.READ).id()));
    }

    @PostMapping("/{slug}/hosts")
    ResponseEntity<Hosts> addHost(@AuthenticationPrincipal PortalUser user, @PathVariable String slug,
                                  @RequestBody HostRequest request) {
        Tenant tenant = access.require(user, slug, Permission.PLATFORM);
        return ResponseEntity.status(201).body(new Hosts(tenants.addHost(user.username(), tenant.id(), request.hostname())));
    }

    @DeleteMapping("/{slug}/hosts/{hostname}")
    Hosts removeHost(@AuthenticationPrincipal PortalUser user, @PathVariable String slug, @PathVariable String hostname) {
        Tenant tenant = access.require(user, slug, Permission.PLATFORM);
        return new Hosts(tenants.removeHost(user.username(), tenant.id(), hostname));
    }

    record StatusRequest(TenantStatus status) {
    }

    record HostRequest(String hostname) {
    }

    record Hosts(List<String> hosts) {
    }

    private TenantView view(Tenant tenant) {
        return TenantView.of(tenant, tenants.hosts(tenant.id()));
    }
}
