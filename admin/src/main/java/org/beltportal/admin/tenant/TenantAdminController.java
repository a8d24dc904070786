package org.beltportal.admin.tenant;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PlatformAdmin;
import org.beltportal.admin.security.PortalUser;
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
    private final JsonMergePatch patches;

    public TenantAdminController(TenantService tenants, JsonMergePatch patches) {
        this.tenants = tenants;
        this.patches = patches;
    }

    /** Platform admins see every tenant; everyone else the tenants they hold a grant on. */
    @GetMapping
    List<TenantView> list(@AuthenticationPrincipal PortalUser user) {
        List<Tenant> visible = user.isPlatformAdmin() ? tenants.all() : tenants.byIds(user.grantedTenants());
        return visible.stream().map(this::view).toList();
    }

    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @ApiResponse(responseCode = "409", description = "The slug is taken")
    @PostMapping
    ResponseEntity<TenantView> create(@PlatformAdmin PortalUser user, @RequestBody TenantRequest request) {
        Tenant created = tenants.create(user.username(), request.slug(), request.settings(), request.hosts(),
                request.regionCode());
        return ResponseEntity.created(URI.create("/admin/api/v1/tenants/" + created.slug())).body(view(created));
    }

    @GetMapping("/{slug}")
    TenantView get(@Grant(Permission.READ) Tenant tenant) {
        return view(tenant);
    }

    @PutMapping("/{slug}")
    TenantView update(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONFIGURE) Tenant tenant,
                      @RequestBody TenantRequest request) {
        return view(tenants.update(user.username(), tenant.id(), request.settings()));
    }

    /** Changes only the settings the patch names; {@code slug} and {@code hosts} are ignored as on PUT. */
    @MergePatchMapping("/{slug}")
    TenantView patch(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONFIGURE) Tenant tenant, @RequestBody JsonNode patch) {
        TenantRequest request = patches.apply(patch, view(tenant), TenantRequest.class);
        return view(tenants.update(user.username(), tenant.id(), request.settings()));
    }

    @PutMapping("/{slug}/status")
    TenantView status(@AuthenticationPrincipal PortalUser user, @Grant(Permission.PLATFORM) Tenant tenant,
                      @RequestBody StatusRequest request) {
        if (request.status() == null) {
            throw InvalidInputException.of("status", "is required");
        }
        return view(tenants.setStatus(user.username(), tenant.id(), request.status()));
    }

    /**
     * Moves the belt to another node of the region tree: platform admins only, since it changes which regional admins
     * reach the belt. An unknown code is a 422 on {@code regionCode}; null takes the belt out of the tree.
     */
    @PutMapping("/{slug}/region")
    TenantView region(@AuthenticationPrincipal PortalUser user, @Grant(Permission.PLATFORM) Tenant tenant,
                      @RequestBody RegionRequest request) {
        return view(tenants.setRegion(user.username(), tenant.id(), request.regionCode()));
    }

    @GetMapping("/{slug}/branding")
    Branding branding(@Grant(Permission.READ) Tenant tenant) {
        return tenants.branding(tenant.id());
    }

    @PutMapping("/{slug}/branding")
    Branding updateBranding(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONFIGURE) Tenant tenant,
                            @RequestBody Branding branding) {
        return tenants.updateBranding(user.username(), tenant.id(), branding);
    }

    /** One colour or the slogan alone, say, without sending (and so without wiping) the rest. */
    @MergePatchMapping("/{slug}/branding")
    Branding patchBranding(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONFIGURE) Tenant tenant,
                           @RequestBody JsonNode patch) {
        Branding branding = patches.apply(patch, tenants.branding(tenant.id()), Branding.class);
        return tenants.updateBranding(user.username(), tenant.id(), branding);
    }

    @GetMapping("/{slug}/hosts")
    Hosts hosts(@Grant(Permission.READ) Tenant tenant) {
        return new Hosts(tenants.hosts(tenant.id()));
    }

    @ApiResponse(responseCode = "201", description = "Added; the belt's hosts")
    @ApiResponse(responseCode = "409", description = "The host belongs to a belt already")
    @PostMapping("/{slug}/hosts")
    ResponseEntity<Hosts> addHost(@AuthenticationPrincipal PortalUser user, @Grant(Permission.PLATFORM) Tenant tenant,
                                  @RequestBody HostRequest request) {
        return ResponseEntity.status(201).body(new Hosts(tenants.addHost(user.username(), tenant.id(), request.hostname())));
    }

    @DeleteMapping("/{slug}/hosts/{hostname}")
    Hosts removeHost(@AuthenticationPrincipal PortalUser user, @Grant(Permission.PLATFORM) Tenant tenant,
                     @PathVariable String hostname) {
        return new Hosts(tenants.removeHost(user.username(), tenant.id(), hostname));
    }

    record StatusRequest(TenantStatus status) {
    }

    record RegionRequest(String regionCode) {
    }

    record HostRequest(String hostname) {
    }

    record Hosts(List<String> hosts) {
    }

    private TenantView view(Tenant tenant) {
        return TenantView.of(tenant, tenants.hosts(tenant.id()));
    }
}
