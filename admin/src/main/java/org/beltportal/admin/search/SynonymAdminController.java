package org.beltportal.admin.search;

import java.util.List;

import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.synonym.SynonymService;
import org.beltportal.core.tenant.Tenant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET/PUT /admin/api/v1/tenants/{slug}/synonyms} with {@code {"sets": [["拉杆箱", "行李箱"]]}}. */
@RestController
public class SynonymAdminController {

    private final SynonymService synonyms;

    public SynonymAdminController(SynonymService synonyms) {
        this.synonyms = synonyms;
    }

    @GetMapping("/admin/api/v1/tenants/{slug}/synonyms")
    Synonyms get(@Grant(Permission.READ) Tenant tenant) {
        return new Synonyms(synonyms.sets(tenant.id()));
    }

    @PutMapping("/admin/api/v1/tenants/{slug}/synonyms")
    Synonyms replace(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                     @RequestBody Synonyms body) {
        return new Synonyms(synonyms.replace(user.username(), tenant.id(), body.sets()));
    }

    record Synonyms(List<List<String>> sets) {
    }
}
