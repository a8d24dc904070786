package org.beltportal.admin.console.campaign;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.admin.campaign.CampaignActors;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.campaign.Campaign;
import org.beltportal.core.campaign.CampaignService;
import org.beltportal.core.campaign.CampaignWorkflow;
import org.beltportal.core.campaign.PlacementTakenException;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The campaign editor: a new campaign (from the calendar's date) or a stored one, saved through
 * {@link CampaignService} as the API's POST and PUT are. The search boxes for featured goods and the add and
 * remove buttons post the whole form and get it back re-rendered with what was typed, so picking works without
 * JavaScript; only the save button writes. Problems come back beside their fields (422), a conflict as an alert,
 * a taken placement with a link to the campaign holding it.
 */
@Controller
class CampaignEditorController {

    private final CampaignService campaigns;
    private final CampaignWorkflow workflow;
    private final EditorPage editor;
    private final Clock clock;

    CampaignEditorController(CampaignService campaigns, CampaignWorkflow workflow, EditorPage editor, Clock clock) {
        this.campaigns = campaigns;
        this.workflow = workflow;
        this.editor = editor;
        this.clock = clock;
    }

    @GetMapping(CampaignPaths.BASE + "new")
    ModelAndView newCampaign(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CAMPAIGN_EDIT) Tenant belt,
                             @RequestParam(required = false) String date) {
        return editor.page(belt, user, null, CampaignForm.startingOn(dateOr(date, belt), belt.timezone()), Editing.nothing());
    }

    @GetMapping(CampaignPaths.BASE + "{id:\\d+}")
    ModelAndView edit(@AuthenticationPrincipal PortalUser user, @Grant(Permission.READ) Tenant belt, @PathVariable long id) {
        Campaign campaign = campaigns.require(belt.id(), id);
        return editor.page(belt, user, campaign, CampaignForm.of(campaign.spec(), campaign.state().version()), Editing.nothing());
    }

    @PostMapping(CampaignPaths.BASE + "new")
    Object create(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CAMPAIGN_EDIT) Tenant belt,
                  @RequestParam MultiValueMap<String, String> fields, HttpServletRequest request, HttpServletResponse response) {
        return posted(user, belt, null, fields, request, response);
    }

    @PostMapping(CampaignPaths.BASE + "{id:\\d+}")
    Object update(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CAMPAIGN_EDIT) Tenant belt, @PathVariable long id,
                  @RequestParam MultiValueMap<String, String> fields, HttpServletRequest request, HttpServletResponse response) {
        return posted(user, belt, campaigns.require(belt.id(), id), fields, request, response);
    }

    @PostMapping(CampaignPaths.BASE + "{id:\\d+}/submit")
    ResponseEntity<Void> submit(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CAMPAIGN_EDIT) Tenant belt,
                                @PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
        String path = CampaignPaths.editor(belt, id);
        try {
            Campaign submitted = workflow.submit(CampaignActors.of(user, belt), belt.id(), id);
            return ConsoleForms.done(path, ConsoleFlash.status("campaign.submitted", submitted.spec().name()), request, response);
        } catch (ConflictException refused) {
            return ConsoleForms.done(path, ConsoleFlash.alert("campaign.conflict", refused.getMessage()), request, response);
        }
    }

    private Object posted(PortalUser user, Tenant belt, Campaign stored, MultiValueMap<String, String> fields,
                          HttpServletRequest request, HttpServletResponse response) {
        CampaignForm form = CampaignForm.posted(fields);
        Editing editing = Editing.of(fields);
        form = form.withProducts(editing.products().applied(form.featuredProductIds()))
                .withSuppliers(editing.suppliers().applied(form.featuredSupplierIds()));
        if (!"save".equals(fields.getFirst("action"))) {
            return editor.page(belt, user, stored, form, editing);
        }
        try {
            Campaign saved = stored == null ? campaigns.create(user.username(), belt, form.draft())
                    : campaigns.update(user.username(), belt, stored.id(), form.draft());
            return ConsoleForms.done(CampaignPaths.editor(belt, saved.id()), ConsoleFlash.status("campaign.saved", saved.spec().name()),
                    request, response);
        } catch (InvalidInputException invalid) {
            Map<String, String> problems = new LinkedHashMap<>();
            invalid.problems().forEach(problem -> problems.putIfAbsent(EditorPage.fieldOf(problem.field()), problem.message()));
            problems.putAll(form.unreadableTimes());
            return editor.refused(HttpStatus.UNPROCESSABLE_CONTENT, belt, user, stored, form, editing, Map.of("problems", problems));
        } catch (PlacementTakenException taken) {
            return editor.refused(HttpStatus.CONFLICT, belt, user, stored, form, editing,
                    Map.of("conflict", taken.getMessage(), "takenBy", CampaignPaths.editor(belt, taken.takenBy())));
        } catch (ConflictException conflict) {
            return editor.refused(HttpStatus.CONFLICT, belt, user, stored, form, editing, Map.of("conflict", conflict.getMessage()));
        }
    }

    /** The calendar's date, else today in the belt's zone. */
    private LocalDate dateOr(String date, Tenant belt) {
        if (date != null) {
            try {
                return LocalDate.parse(date);
            } catch (DateTimeException unreadable) {
                // A hand-edited link: start from today instead.
            }
        }
        return LocalDate.now(clock.withZone(belt.zone()));
    }

    /**
     * What a non-saving post of the form asks for: a search for goods to feature, or one to add or remove.
     * Public: the page shows the search terms back.
     */
    public record Editing(Picking products, Picking suppliers) {

        static Editing nothing() {
            return new Editing(Picking.NONE, Picking.NONE);
        }

        static Editing of(MultiValueMap<String, String> fields) {
            return new Editing(Picking.of(fields, "Product"), Picking.of(fields, "Supplier"));
        }
    }

    /** A search term and an id to add or remove, for one kind of featured goods. */
    public record Picking(String query, Long add, Long remove) {

        static final Picking NONE = new Picking("", null, null);

        static Picking of(MultiValueMap<String, String> fields, String kind) {
            String query = fields.getFirst(kind.toLowerCase() + "Query");
            return new Picking(query == null ? "" : query.strip(), id(fields.getFirst("add" + kind)), id(fields.getFirst("remove" + kind)));
        }

        List<Long> applied(List<Long> ids) {
            Stream<Long> kept = ids.stream().filter(id -> !id.equals(remove));
            return (add == null ? kept : Stream.concat(kept, Stream.of(add))).distinct().toList();
        }

        private static Long id(String value) {
            try {
                return value == null ? null : Long.valueOf(value.strip());
            } catch (NumberFormatException notAnId) {
                return null;
            }
        }
    }
}
