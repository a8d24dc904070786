package org.beltportal.admin.security;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.system.web.ClientAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT /admin/api/v1/me/password}: the caller changes their own password (204; 422 naming the field). */
@RestController
public class PasswordController {

    private final OwnPasswordChange passwords;

    public PasswordController(OwnPasswordChange passwords) {
        this.passwords = passwords;
    }

    @ApiResponse(responseCode = "204", description = "Changed; your other sessions and tokens end")
    @PutMapping("/admin/api/v1/me/password")
    ResponseEntity<Void> change(@AuthenticationPrincipal PortalUser caller, ClientAddress address, @RequestBody PasswordChange body,
                                HttpServletRequest request, HttpServletResponse response) {
        passwords.change(caller, address, body.currentPassword(), body.newPassword(), request, response);
        return ResponseEntity.noContent().build();
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }
}
