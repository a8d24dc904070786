package org.beltportal.admin.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.system.BadRequestException;
import org.beltportal.core.system.web.ApiError;
import org.beltportal.core.system.web.ClientAddress;
import org.beltportal.core.user.UserService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/api/v1/tokens} with HTTP Basic credentials returns a bearer token for automation;
 * {@code DELETE /admin/api/v1/tokens/current} revokes the token the request carries.
 */
@RestController
public class TokenController {

    private final PasswordAuthenticationProvider passwords;
    private final UserService users;

    public TokenController(PasswordAuthenticationProvider passwords, UserService users) {
        this.passwords = passwords;
        this.users = users;
    }

    @ApiResponse(responseCode = "200", description = "A bearer token for 12 hours",
            content = @Content(schema = @Schema(implementation = UserService.IssuedToken.class)))
    @ApiResponse(responseCode = "429", description = "Too many wrong passwords: wait Retry-After seconds (the account is never locked)")
    @PostMapping("/admin/api/v1/tokens")
    ResponseEntity<?> issue(@RequestHeader(name = "Authorization", required = false) String authorization, ClientAddress address) {
        String[] credentials = basicCredentials(authorization);
        if (credentials == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Basic realm=\"BeltPortal\"")
                    .body(ApiError.of("unauthorized", "send HTTP Basic credentials"));
        }
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(credentials[0], credentials[1]);
        attempt.setDetails(address);
        Authentication authenticated;
        try {
            authenticated = passwords.authenticate(attempt);
        } catch (TooManyAttemptsException e) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                    .body(ApiError.of("too_many_requests", e.getMessage()));
        } catch (AuthenticationException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Basic realm=\"BeltPortal\"")
                    .body(ApiError.of("unauthorized", "wrong username or password"));
        }
        return ResponseEntity.ok(users.issueToken(((PortalUser) authenticated.getPrincipal()).username()));
    }

    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "400", description = "The request carries no bearer token")
    @DeleteMapping("/admin/api/v1/tokens/current")
    ResponseEntity<Void> revokeCurrent(HttpServletRequest request) {
        if (!BearerTokens.authenticated(request)) {
            throw new BadRequestException("this request carries no bearer token to revoke (a console session ends at /admin/logout)");
        }
        users.revokeToken(BearerTokens.of(request).orElseThrow());
        return ResponseEntity.noContent().build();
    }

    /** {user, password} from a Basic header, or null when the header is missing or malformed. */
    private static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6) || header.length() > 1000) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
