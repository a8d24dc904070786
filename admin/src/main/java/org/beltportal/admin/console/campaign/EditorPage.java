package org.beltportal.admin.console.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.console.campaign.CampaignEditorController.Editing;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignKind;
import org.beltportal.core.campaign.CampaignStatus;
import org.beltportal.core.media.MediaService;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductFilter;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductSort;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierFilter;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.ListQuery;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The editor page's model: the form, the chosen goods by name, search matches, the belt's images for the
 * banner's list of suggestions, and what the caller may do with the campaign in its status. Every lookup is
 * the belt's own, so an id of another belt typed into the form shows as a bare number and the save refuses it.
 */
@Component
class EditorPage {

    static final int MATCHES = 10;
    static final int IMAGES = 100;

    private final ProductService products;
    private final SupplierService suppliers;
    private final MediaService media;
    private final ConsolePages pages;

    EditorPage(ProductService products, SupplierService suppliers, MediaService media, ConsolePages pages) {
        this.products = products;
        this.suppliers = suppliers;
        this.media = media;
        this.pages = pages;
    }

    /** The service's field name as the form's: {@code bannerImages[2]} is the banner list, {@code recurrence.months} the months. */
    static String fieldOf(String serviceField) {
        String field = serviceField.replaceAll("\\[\\d+]$", "");
        return field.equals("recurrence.months") ? "recurrenceMonths" : field;
    }

    ModelAndView page(Tenant belt, PortalUser user, Campaign stored, CampaignForm form, Editing editing) {
        return pages.page("campaign/editor", model(belt, user, stored, form, editing, Map.of()));
    }

    ModelAndView refused(HttpStatus status, Tenant belt, PortalUser user, Campaign stored, CampaignForm form, Editing editing,
                         Map<String, ?> refusal) {
        return pages.page(status, "campaign/editor", model(belt, user, stored, form, editing, refusal));
    }

    private Map<String, Object> model(Tenant belt, PortalUser user, Campaign stored, CampaignForm form, Editing editing,
                                      Map<String, ?> refusal) {
        Map<String, Object> model = new HashMap<>(refusal);
        model.putIfAbsent("problems", Map.of());
        model.put(ConsolePages.BELT, belt);
        model.put("form", form);
        model.put("editing", editing);
        model.put("action", stored == null ? CampaignPaths.create(belt) : CampaignPaths.editor(belt, stored.id()));
        model.put("calendar", CampaignPaths.calendar(belt));
        if (stored != null) {
            model.put("campaign", stored);
            CampaignForm times = CampaignForm.of(stored.spec(), stored.state().version());
            model.putAll(Previews.of(CampaignPaths.editor(belt, stored.id()), times.warmupStart(),
                    List.of(Map.of("path", "/", "label", "campaign.preview.home"),
                            Map.of("path", "/campaigns/" + stored.spec().slug(), "label", "campaign.preview.landing", "name", stored.spec().name())),
                    List.of(Map.of("at", times.warmupStart(), "label", "campaign.preview.warmup"),
                            Map.of("at", times.liveStart(), "label", "campaign.preview.live"),
                            Map.of("at", times.end(), "label", "campaign.preview.ended")), stored.id()));
        }
        CampaignStatus status = stored == null ? CampaignStatus.DRAFT : stored.state().status();
        boolean editor = user.hasAnyRole(belt.id(), Permission.CAMPAIGN_EDIT.roles());
        model.put("editable", editor && status != CampaignStatus.IN_REVIEW && status != CampaignStatus.ARCHIVED);
        model.put("submittable", editor && stored != null && (status == CampaignStatus.DRAFT || status == CampaignStatus.REJECTED));
        model.put("kinds", List.of(CampaignKind.values()).stream().map(CampaignKind::code).toList());
        model.put("months", IntStream.rangeClosed(1, 12).boxed().toList());
        model.put("chosenProducts", chosenProducts(belt, form.featuredProductIds()));
        model.put("chosenSuppliers", chosenSuppliers(belt, form.featuredSupplierIds()));
        model.put("productMatches", editing.products().query().isEmpty() ? List.of()
                : products.list(belt.id(), new ProductFilter(null, null, editing.products().query()), ProductSort.NEWEST,
                        new ListQuery(0, MATCHES, null)).items().stream().map(p -> new Choice(p.id(), p.title())).toList());
        model.put("supplierMatches", editing.suppliers().query().isEmpty() ? List.of()
                : suppliers.list(belt.id(), new SupplierFilter(null, null, editing.suppliers().query()), new ListQuery(0, MATCHES, null))
                        .items().stream().map(s -> new Choice(s.id(), s.name())).toList());
        model.put("library", media.page(belt.id(), null, new PageQuery(0, IMAGES)).items());
        return model;
    }

    private List<Choice> chosenProducts(Tenant belt, List<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        products.findByIds(belt.id(), ids).forEach((Product p) -> titles.put(p.id(), p.title()));
        return ids.stream().map(id -> new Choice(id, titles.get(id))).toList();
    }

    private List<Choice> chosenSuppliers(Tenant belt, List<Long> ids) {
        Map<Long, Supplier> found = suppliers.byIds(belt.id(), ids);
        return ids.stream().map(id -> new Choice(id, found.containsKey(id) ? found.get(id).name() : null)).toList();
    }

    /** A product or supplier as the form lists it; {@code name} null when it is none of this belt's. */
    public record Choice(long id, String name) {
    }
}
