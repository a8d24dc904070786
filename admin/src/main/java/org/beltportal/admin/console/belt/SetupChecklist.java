package org.beltportal.admin.console.belt;

import java.time.Instant;
import java.util.List;

import org.beltportal.core.category.CategoryService;
import org.beltportal.core.job.JobService;
import org.beltportal.core.job.JobState;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.tenant.Branding;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.springframework.stereotype.Component;

/**
 * The steps that take a new belt to buyers, each done or not from what is stored: branding changed from the
 * defaults, a category, a supplier, an import that finished, and live (active and reachable at a host of
 * its own). The links go to the screens that do each step; some of those screens are built beside this one.
 */
@Component
class SetupChecklist {

    private final TenantService tenants;
    private final CategoryService categories;
    private final SupplierService suppliers;
    private final JobService jobs;

    SetupChecklist(TenantService tenants, CategoryService categories, SupplierService suppliers, JobService jobs) {
        this.tenants = tenants;
        this.categories = categories;
        this.suppliers = suppliers;
        this.jobs = jobs;
    }

    List<SetupStep> of(Tenant belt) {
        String home = BeltHomeScreen.pathOf(belt);
        return List.of(
                new SetupStep("branding", !tenants.branding(belt.id()).equals(Branding.empty()), home + "branding"),
                new SetupStep("categories", !categories.tree(belt.id()).isEmpty(), home + "categories"),
                new SetupStep("suppliers", suppliers.page(belt.id(), new PageQuery(0, 1)).total() > 0, home + "suppliers"),
                new SetupStep("import", !jobs.recent(belt.id(), BeltTodo.IMPORT_KIND, List.of(JobState.SUCCEEDED),
                        Instant.EPOCH, 1).isEmpty(), home + "imports"),
                new SetupStep("live", belt.isActive() && !tenants.hosts(belt.id()).isEmpty(), "/t/" + belt.slug() + "/"));
    }
}
