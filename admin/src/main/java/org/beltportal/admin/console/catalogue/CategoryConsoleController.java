package org.beltportal.admin.console.catalogue;

import java.util.HashMap;
import java.util.Map;

import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.category.Category;
import org.beltportal.core.category.CategoryService;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.Tenant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A belt's category tree: shown indented, a category added under any other (or at the top), renamed or moved under
 * a new parent, and deleted after a confirmation page. {@link CategoryService} decides what is allowed (no loops, a
 * bounded depth, no two categories at one path, nothing deleted that still holds subcategories or products); its
 * refusals come back beside the field or as a flash.
 */
@Controller
class CategoryConsoleController {

    private static final String ONE = CatalogueScreens.CATEGORIES + "/{id}";

    private final CategoryService categories;
    private final CatalogueChoices choices;
    private final ConsolePages pages;

    CategoryConsoleController(CategoryService categories, CatalogueChoices choices, ConsolePages pages) {
        this.categories = categories;
        this.choices = choices;
        this.pages = pages;
    }

    @GetMapping(CatalogueScreens.CATEGORIES)
    ModelAndView tree(@AuthenticationPrincipal PortalUser user, @Grant(Permission.READ) Tenant belt) {
        return tree(belt, CatalogueScreens.canEdit(user, belt), "", "", "", new FormErrors());
    }

    @PostMapping(CatalogueScreens.CATEGORIES)
    ModelAndView add(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt,
                     @RequestParam(defaultValue = "") String parentId, @RequestParam(defaultValue = "") String name,
                     @RequestParam(defaultValue = "") String nameEn, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Long parent = Posted.id(parentId);
        String parentPath = parent == null ? "" : categories.find(belt.id(), parent).map(Category::path).orElse(null);
        if (parentPath == null) {
            errors.add("parentId", "no category " + parentId + " in this portal");
        } else {
            try {
                Category added = categories.ensurePath(user.username(), belt.id(), "name",
                        parentPath.isEmpty() ? name : parentPath + "/" + name, nameEn);
                return SeeOther.to(CatalogueScreens.path(belt, CatalogueScreens.CATEGORIES), redirect,
                        ConsoleFlash.status("catalogue.category.added", added.path()));
            } catch (InvalidInputException invalid) {
                errors.addAll(invalid.problems());
            }
        }
        return FormPages.unsaved(tree(belt, true, parentId, name, nameEn, errors));
    }

    @GetMapping(ONE)
    ModelAndView edit(@Grant(Permission.CATALOG) Tenant belt, @PathVariable long id) {
        Category category = require(belt, id);
        return form(belt, category, category.name(), category.nameEn() == null ? "" : category.nameEn(),
                category.parentId() == null ? "" : category.parentId().toString(), new FormErrors());
    }

    @PostMapping(ONE)
    ModelAndView update(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt, @PathVariable long id,
                        @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String nameEn,
                        @RequestParam(defaultValue = "") String parentId, RedirectAttributes redirect) {
        Category category = require(belt, id);
        FormErrors errors = new FormErrors();
        Long parent = Posted.id(parentId);
        if (parent == null && !parentId.isBlank()) {
            errors.add("parentId", "choose a category from the list");
        } else {
            try {
                Category saved = categories.update(user.username(), belt.id(), id, name, nameEn, parent);
                return SeeOther.to(CatalogueScreens.path(belt, CatalogueScreens.CATEGORIES), redirect,
                        ConsoleFlash.status("catalogue.category.saved", saved.path()));
            } catch (InvalidInputException invalid) {
                errors.addAll(invalid.problems());
            } catch (ConflictException taken) {
                errors.add("name", taken.getMessage());
            }
        }
        return FormPages.unsaved(form(belt, category, name, nameEn, parentId, errors));
    }

    @GetMapping(ONE + "/delete")
    ModelAndView confirmDelete(@Grant(Permission.CATALOG) Tenant belt, @PathVariable long id) {
        return pages.page("catalogue/category-delete", Map.of(ConsolePages.BELT, belt, "category", require(belt, id)));
    }

    @PostMapping(ONE + "/delete")
    ModelAndView delete(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt, @PathVariable long id,
                        RedirectAttributes redirect) {
        Category category = require(belt, id);
        String tree = CatalogueScreens.path(belt, CatalogueScreens.CATEGORIES);
        try {
            categories.delete(user.username(), belt.id(), id);
            return SeeOther.to(tree, redirect, ConsoleFlash.status("catalogue.category.deleted", category.path()));
        } catch (ConflictException inUse) {
            return SeeOther.to(tree, redirect, ConsoleFlash.alert("catalogue.category.inUse", category.path()));
        }
    }

    private Category require(Tenant belt, long id) {
        return categories.find(belt.id(), id).orElseThrow(() -> new NotFoundException("no category " + id));
    }

    private ModelAndView tree(Tenant belt, boolean canEdit, String parentId, String name, String nameEn, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("categories", categories.tree(belt.id()));
        model.put("parents", choices.categoryChoices(belt, false));
        model.put("canEdit", canEdit);
        model.put("parentId", parentId);
        model.put("name", name);
        model.put("nameEn", nameEn);
        model.put("errors", errors);
        return pages.page("catalogue/categories", model);
    }

    private ModelAndView form(Tenant belt, Category category, String name, String nameEn, String parentId, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("category", category);
        model.put("name", name);
        model.put("nameEn", nameEn);
        model.put("parentId", parentId);
        model.put("parents", choices.categoryChoices(belt, false).stream()
                .filter(choice -> !choice.value().equals(Long.toString(category.id()))).toList());
        model.put("errors", errors);
        return pages.page("catalogue/category", model);
    }
}
