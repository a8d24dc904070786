package org.beltportal.themes.inquiry;

import org.beltportal.core.inquiry.Inquiry;
import org.beltportal.core.inquiry.InquiryService;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.web.ApiError;
import org.beltportal.core.system.web.ClientAddress;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/inquiries} on a portal: 201 with {@code {"id"}}; 400 with every refused field in
 * {@code details}; 404 when the product is not an active one of this portal; 429 with Retry-After when
 * the sender or the portal is over its limit. A sender caught by the honeypot gets the same 201.
 */
@RestController
class InquiryApiController {

    private final InquiryService inquiries;

    InquiryApiController(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @PostMapping(path = "/api/v1/inquiries", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Created> submit(Tenant tenant, @RequestBody InquiryRequest request, ClientAddress client) {
        Inquiry stored = inquiries.submit(tenant.id(), request.draft(), request.sender(client), request.visitSource());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(stored.id()));
    }

    record Created(long id) {
    }

    /** A buyer's fields are a request problem here (400), as with the search API's parameters. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(new ApiError("invalid", e.getMessage(), e.problems()));
    }
}
