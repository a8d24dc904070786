package org.beltportal.admin.search;

import java.util.List;

import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.TenantAccess;
import org.beltportal.core.synonym.SynonymService;
import org.beltportal.core.tenant.Tenant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET/PUT /admin/api/v1/tenants/{slug}/synonyms} with {@code {"sets": [["拉杆箱", "行李箱"]]}}. */
@RestController
public class SynonymAdminController {

    private final SynonymService synonyms;
    private final TenantAccess access;

    public SynonymAdminController(SynonymService synonyms, TenantAccess access) {
        this.synonyms = synonyms;
        this.access = access;
    }

    @GetMapping("/admin/api/v1/tenants/{slug}/synonyms")
    Synonyms get(@AuthenticationPrincipal PortalUser user, @PathVariable String slug) {
        return new Synonyms(synonyms.sets(access.require(user, slug, Permission.READ).id()));
    }

    @PutMapping("/admin/api/v1/tenants/{slug}/synonyms")
    Synonyms replace(@AuthenticationPrincipal PortalUser user, @PathVariable String slug, @RequestBody Synonyms body) {
        Tenant tenant = access.require(user, slug, Permission.CATALOG);
        return new Synonyms(synonyms.replace(user.username(), tenant.id(), body.sets()));
    }

    record Synonyms(List<List<String>> sets) {
    }
}
