package org.beltportal.admin.console.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierDraft;
import org.beltportal.core.supplier.SupplierFilter;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.CursorPage;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.Tenant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A belt's suppliers: the list (search by name or code, paged by keyset), the form for a new or existing supplier,
 * and deleting one after a confirmation page. The writes are {@link SupplierService}'s, as for the JSON API.
 */
@Controller
class SupplierConsoleController {

    private static final String ONE = CatalogueScreens.SUPPLIERS + "/{id}";

    private final SupplierService suppliers;
    private final ConsolePages pages;

    SupplierConsoleController(SupplierService suppliers, ConsolePages pages) {
        this.suppliers = suppliers;
        this.pages = pages;
    }

    @GetMapping(CatalogueScreens.SUPPLIERS)
    ModelAndView list(@AuthenticationPrincipal PortalUser user, @Grant(Permission.READ) Tenant belt,
                      @RequestParam(defaultValue = "") String q, @RequestParam(required = false) String cursor,
                      HttpServletRequest request) {
        String text = SearchText.of(q);
        SupplierFilter filter = new SupplierFilter(null, null, text.isEmpty() ? null : text);
        CursorPage<Supplier> page = KeysetPages.read(cursor, query -> suppliers.list(belt.id(), filter, query));
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("q", text);
        model.put("page", page);
        UriComponentsBuilder self = UriComponentsBuilder.fromPath(request.getContextPath()
                + CatalogueScreens.path(belt, CatalogueScreens.SUPPLIERS));
        if (!text.isEmpty()) {
            self.queryParam("q", text);
        }
        model.put("links", PageLinks.of(self, cursor, page));
        model.put("canEdit", CatalogueScreens.canEdit(user, belt));
        return pages.page("catalogue/suppliers", model);
    }

    @GetMapping(CatalogueScreens.SUPPLIERS + "/new")
    ModelAndView blank(@Grant(Permission.CATALOG) Tenant belt) {
        return form(belt, null, SupplierForm.empty(), new FormErrors());
    }

    @GetMapping(ONE)
    ModelAndView edit(@Grant(Permission.CATALOG) Tenant belt, @PathVariable long id) {
        return form(belt, id, SupplierForm.of(suppliers.require(belt.id(), id)), new FormErrors());
    }

    @PostMapping(CatalogueScreens.SUPPLIERS + "/new")
    ModelAndView create(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt,
                        @RequestParam MultiValueMap<String, String> posted, RedirectAttributes redirect) {
        return save(user, belt, null, SupplierForm.of(posted), redirect);
    }

    @PostMapping(ONE)
    ModelAndView update(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt, @PathVariable long id,
                        @RequestParam MultiValueMap<String, String> posted, RedirectAttributes redirect) {
        suppliers.require(belt.id(), id);
        return save(user, belt, id, SupplierForm.of(posted), redirect);
    }

    @GetMapping(ONE + "/delete")
    ModelAndView confirmDelete(@Grant(Permission.CATALOG) Tenant belt, @PathVariable long id) {
        return pages.page("catalogue/supplier-delete", Map.of(ConsolePages.BELT, belt, "supplier", suppliers.require(belt.id(), id)));
    }

    @PostMapping(ONE + "/delete")
    ModelAndView delete(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt, @PathVariable long id,
                        RedirectAttributes redirect) {
        Supplier supplier = suppliers.require(belt.id(), id);
        String list = CatalogueScreens.path(belt, CatalogueScreens.SUPPLIERS);
        try {
            suppliers.delete(user.username(), belt.id(), id);
            return SeeOther.to(list, redirect, ConsoleFlash.status("catalogue.supplier.deleted", supplier.name()));
        } catch (ConflictException hasProducts) {
            return SeeOther.to(list, redirect, ConsoleFlash.alert("catalogue.supplier.inUse", supplier.name()));
        }
    }

    private ModelAndView save(PortalUser user, Tenant belt, Long id, SupplierForm form, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        SupplierDraft draft = form.draft(errors);
        if (draft != null) {
            try {
                Supplier saved = id == null ? suppliers.create(user.username(), belt.id(), draft)
                        : suppliers.update(user.username(), belt.id(), id, draft);
                return SeeOther.to(CatalogueScreens.path(belt, CatalogueScreens.SUPPLIERS), redirect,
                        ConsoleFlash.status("catalogue.supplier.saved", saved.name()));
            } catch (InvalidInputException invalid) {
                errors.addAll(invalid.problems());
            } catch (ConflictException codeTaken) {
                errors.add("code", codeTaken.getMessage());
            }
        }
        return FormPages.unsaved(form(belt, id, form, errors));
    }

    private ModelAndView form(Tenant belt, Long id, SupplierForm form, FormErrors errors) {
        Map<String, Object> model = FormPages.model(belt, id, form, errors);
        model.put("ratings", List.of(CreditRating.values()).stream().map(CreditRating::code).toList());
        model.put("capabilities", List.of(Capability.values()).stream().map(Capability::code).toList());
        return pages.page("catalogue/supplier", model);
    }
}
