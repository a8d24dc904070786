package org.beltportal.admin.console.inquiry;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.inquiry.InquiryAdminController;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.inquiry.Inquiry;
import org.beltportal.core.inquiry.InquiryFilter;
import org.beltportal.core.inquiry.InquiryService;
import org.beltportal.core.inquiry.InquiryStatus;
import org.beltportal.core.notification.DeliveryHistory;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A belt's inquiries: the inbox (filters as query parameters, so a filtered list is a link; paged by id, newest
 * first), one inquiry's detail, its status and notes. Changes go through {@link InquiryService} as the API's do,
 * with the API's rights, and redirect back to the detail (post/redirect/get).
 */
@Controller
class InboxController {

    static final int PAGE_SIZE = 25;
    private static final String DETAIL = InboxScreen.PATH + "/{id}";

    private final InquiryService inquiries;
    private final DeliveryHistory deliveries;
    private final ConsolePages pages;

    InboxController(InquiryService inquiries, DeliveryHistory deliveries, ConsolePages pages) {
        this.inquiries = inquiries;
        this.deliveries = deliveries;
        this.pages = pages;
    }

    @GetMapping(InboxScreen.PATH)
    ModelAndView inbox(@Grant(Permission.READ) Tenant belt, InboxQuery query) {
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("query", query);
        model.put("statuses", InquiryStatus.values());
        model.put("exportHref", "/admin/api/v1/tenants/" + belt.slug() + "/inquiries/export.csv?" + query.filterQuery());
        Map<String, String> problems = new LinkedHashMap<>();
        query.productProblem().ifPresent(message -> problems.put("productId", message));
        List<Inquiry> found = List.of();
        try {
            InquiryFilter filter = query.filters().toFilter(belt.zone());
            found = problems.isEmpty() ? inquiries.newestBefore(belt.id(), filter, query.beforeId(), PAGE_SIZE + 1) : found;
        } catch (InvalidInputException invalid) {
            ConsoleForms.problems(invalid).forEach(problems::putIfAbsent);
        }
        // One more than shown tells whether there is a next page, without counting the whole inbox.
        model.put("inquiries", found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found);
        model.put("nextBefore", found.size() > PAGE_SIZE ? found.get(PAGE_SIZE - 1).id() : null);
        model.put("problems", problems);
        return pages.page(problems.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT, "inquiry/list", model);
    }

    @GetMapping(DETAIL)
    ModelAndView detail(@Grant(Permission.READ) Tenant belt, @PathVariable long id) {
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("inquiry", inquiries.require(belt.id(), id));
        model.put("notes", inquiries.notes(belt.id(), id));
        model.put("deliveries", deliveries.ofInquiry(belt.id(), id));
        model.put("statuses", InquiryStatus.values());
        return pages.page("inquiry/detail", model);
    }

    @PostMapping(DETAIL + "/status")
    ModelAndView status(@Grant(Permission.CATALOG) Tenant belt, @AuthenticationPrincipal PortalUser user,
                        @PathVariable long id, @RequestParam(defaultValue = "") String status, RedirectAttributes redirect) {
        try {
            Inquiry changed = inquiries.markStatus(user.username(), belt.id(), id, InquiryStatus.fromCode(status));
            redirect.addFlashAttribute(ConsoleFlash.ATTRIBUTE, ConsoleFlash.status("inbox.statusChanged." + changed.status().code()));
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute(ConsoleFlash.ATTRIBUTE, ConsoleFlash.alert("inbox.statusInvalid"));
        }
        return ConsoleForms.seeOther(detailPath(belt, id));
    }

    @PostMapping(DETAIL + "/notes")
    ModelAndView note(@Grant(Permission.CATALOG) Tenant belt, @AuthenticationPrincipal PortalUser user,
                      @PathVariable long id, @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
        try {
            inquiries.addNote(user.username(), belt.id(), id, body);
            redirect.addFlashAttribute(ConsoleFlash.ATTRIBUTE, ConsoleFlash.status("inbox.noted"));
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("problems", ConsoleForms.problems(invalid));
            redirect.addFlashAttribute("typedNote", body);
        }
        return ConsoleForms.seeOther(detailPath(belt, id) + "#notes");
    }

    private static String detailPath(Tenant belt, long id) {
        return InboxScreen.pathOf(belt) + "/" + id;
    }
}
