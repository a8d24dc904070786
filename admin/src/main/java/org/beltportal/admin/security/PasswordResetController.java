package org.beltportal.admin.security;

import java.util.Map;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.beltportal.core.notification.PasswordResetMailer;
import org.beltportal.core.system.web.ClientAddress;
import org.beltportal.core.user.PasswordResets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Password reset by emailed link, for people who cannot log in: {@code POST /admin/api/v1/password-resets}
 * {@code {"usernameOrEmail"}} always answers 202 alike, whether or not the name exists (the mail goes out
 * on a thread of its own); {@code POST /admin/api/v1/password-resets/{token}} {@code {"newPassword"}} sets
 * the password (204), ending every session and token of the user. Requests count in the login throttle, per
 * name (as typed, folded, so existing and unknown names are throttled alike) at the client's address.
 */
@RestController
public class PasswordResetController {

    static final String REQUESTED = "if the name or address belongs to an account with an email address, a link to set a "
            + "new password has been sent to it";

    private final PasswordResetMailer mailer;
    private final PasswordResets resets;
    private final LoginThrottle throttle;

    public PasswordResetController(PasswordResetMailer mailer, PasswordResets resets, LoginThrottle throttle) {
        this.mailer = mailer;
        this.resets = resets;
        this.throttle = throttle;
    }

    @ApiResponse(responseCode = "202", description = "The same answer whether or not the name exists")
    @ApiResponse(responseCode = "429", description = "Too many requests for this name from this address")
    @PostMapping("/admin/api/v1/password-resets")
    ResponseEntity<Map<String, String>> request(ClientAddress address, @RequestBody ResetRequest body) {
        request(address, body.usernameOrEmail());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("message", REQUESTED));
    }

    /** Throttles, then issues and mails; shared with the reset page. */
    void request(ClientAddress address, String usernameOrEmail) {
        throttle.begin("reset" + throttle.unknownAccount(usernameOrEmail), address);
        mailer.request(usernameOrEmail);
    }

    @ApiResponse(responseCode = "204", description = "Set; every session and token of the user ends")
    @ApiResponse(responseCode = "404", description = "The link is unknown, used or expired")
    @ApiResponse(responseCode = "422", description = "The new password is too weak")
    @PostMapping("/admin/api/v1/password-resets/{token}")
    ResponseEntity<Void> complete(@PathVariable String token, @RequestBody NewPassword body) {
        resets.complete(token, body.newPassword());
        return ResponseEntity.noContent().build();
    }

    record ResetRequest(String usernameOrEmail) {
    }

    record NewPassword(String newPassword) {
    }
}
