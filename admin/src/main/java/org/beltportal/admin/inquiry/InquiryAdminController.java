package org.beltportal.admin.inquiry;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.inquiry.Inquiry;
import org.beltportal.core.inquiry.InquiryFilter;
import org.beltportal.core.inquiry.InquiryNote;
import org.beltportal.core.inquiry.InquiryService;
import org.beltportal.core.inquiry.InquiryStatus;
import org.beltportal.core.notification.DeliveryHistory;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.Problems;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET tenants/{slug}/inquiries} (newest first) with the filters {@code status}, {@code supplierId},
 * {@code productId}, {@code from} and {@code to} (dates in the belt's time zone, both inclusive) and {@code q}
 * (text); {@code GET .../export.csv} with the same filters; {@code GET .../{id}} with its notes and
 * deliveries; {@code POST .../{id}/notes}; {@code PUT .../{id}/status} with
 * {@code {"status": "new" | "handled" | "spam"}}. Another portal's inquiry id is a 404, as if it did not exist.
 */
@RestController
@RequestMapping("/admin/api/v1/tenants/{slug}/inquiries")
public class InquiryAdminController {

    private final InquiryService inquiries;
    private final DeliveryHistory deliveries;

    public InquiryAdminController(InquiryService inquiries, DeliveryHistory deliveries) {
        this.inquiries = inquiries;
        this.deliveries = deliveries;
    }

    @GetMapping
    ResultPage<Inquiry> list(@Grant(Permission.READ) Tenant tenant, Filters filters,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return inquiries.page(tenant.id(), filters.toFilter(tenant.zone()), new PageQuery(page, size));
    }

    /**
     * Every matching inquiry, written to the response as it is read (in the request's own thread: an async
     * dispatch would pass the security filters again without the bearer token): a large inbox never sits in
     * memory whole.
     */
    @GetMapping("/export.csv")
    void export(@Grant(Permission.READ) Tenant tenant, Filters filters, HttpServletResponse response) throws IOException {
        InquiryFilter filter = filters.toFilter(tenant.zone());
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("inquiries-" + tenant.slug() + ".csv").build().toString());
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        InquiryCsv csv = new InquiryCsv(writer, tenant.zone());
        csv.header();
        try {
            inquiries.forEach(tenant.id(), filter, inquiry -> {
                try {
                    csv.inquiry(inquiry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    @GetMapping("/{id}")
    InquiryDetail get(@Grant(Permission.READ) Tenant tenant, @PathVariable long id) {
        Inquiry inquiry = inquiries.require(tenant.id(), id);
        return new InquiryDetail(inquiry, inquiries.notes(tenant.id(), id), deliveries.ofInquiry(tenant.id(), id));
    }

    @ApiResponse(responseCode = "201", description = "Noted")
    @PostMapping("/{id}/notes")
    ResponseEntity<InquiryNote> addNote(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                                        @PathVariable long id, @RequestBody NoteRequest request) {
        InquiryNote note = inquiries.addNote(user.username(), tenant.id(), id, request.body());
        return ResponseEntity.created(URI.create("/admin/api/v1/tenants/" + tenant.slug() + "/inquiries/" + id)).body(note);
    }

    @PutMapping("/{id}/status")
    Inquiry status(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant, @PathVariable long id,
                   @RequestBody StatusChange change) {
        return inquiries.markStatus(user.username(), tenant.id(), id, change.status());
    }

    record StatusChange(InquiryStatus status) {
    }

    record NoteRequest(String body) {
    }

    /** The query parameters of the list and the export (and the console's inbox); dates are the belt's calendar days. */
    public record Filters(String status, Long supplierId, Long productId, String from, String to, String q) {

        public InquiryFilter toFilter(ZoneId zone) {
            Problems problems = new Problems();
            LocalDate fromDay = day(from, "from", problems);
            LocalDate toDay = day(to, "to", problems);
            problems.throwIfAny();
            Instant since = fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant();
            Instant until = toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant();
            return new InquiryFilter(status == null ? null : InquiryStatus.fromCode(status), supplierId, productId, since,
                    until, q);
        }

        private static LocalDate day(String value, String field, Problems problems) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeException e) {
                problems.require(false, field, "must be a date such as 2026-11-21");
                return null;
            }
        }
    }
}
