package org.beltportal.admin.security;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.core.tenant.Hostnames;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantDirectory;
import org.beltportal.core.user.PreviewTickets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The belt host's end of the preview handoff (decision 0041), open without login: the ticket is the credential.
 * The belt is the one the Host header names (never a parameter), the ticket must have been issued for it, and the
 * user's right to preview it is checked again here; then the pass goes into a cookie of this host only (no Domain,
 * HttpOnly, SameSite=Lax, Secure over HTTPS) and the browser goes on to the page with {@code ?at=}. Every refusal
 * is the same page, so a prober learns nothing about which tickets existed.
 */
@Controller
class PreviewExchangeController {

    static final String PATH = "/admin/preview";

    private final PreviewTickets tickets;
    private final TenantDirectory directory;
    private final ConsolePages pages;

    PreviewExchangeController(PreviewTickets tickets, TenantDirectory directory, ConsolePages pages) {
        this.tickets = tickets;
        this.directory = directory;
        this.pages = pages;
    }

    @GetMapping(PATH)
    Object exchange(@RequestParam(required = false) String ticket, @RequestParam(required = false) String page,
                    HttpServletRequest request) {
        Optional<Tenant> belt = Hostnames.fromHostHeader(request.getHeader(HttpHeaders.HOST)).flatMap(directory::byHost);
        Optional<PreviewTickets.Exchanged> exchanged = belt.flatMap(b -> tickets.exchange(ticket, b.id()))
                .filter(e -> PortalPreviewRights.mayPreview(e.user(), belt.get().id()));
        if (exchanged.isEmpty()) {
            ModelAndView refused = pages.page(HttpStatus.FORBIDDEN, "error", Map.of("status", 403, "messageKey", "campaign.preview.refused"));
            return refused;
        }
        ResponseCookie pass = ResponseCookie.from(PortalPreviewRights.PASS_COOKIE, exchanged.get().pass()).path("/").httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax").maxAge(PreviewTickets.PASS_LIFETIME).build();
        String target = PreviewHandoff.isPageAt(page) ? page : "/";
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(request.getContextPath() + target))
                .header(HttpHeaders.SET_COOKIE, pass.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
