package org.beltportal.admin.user;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.beltportal.admin.security.PlatformAdmin;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.user.User;
import org.beltportal.core.user.UserDraft;
import org.beltportal.core.user.UserService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/api/v1/users")
public class UserAdminController {

    private final UserService users;
    private final TenantService tenants;

    public UserAdminController(UserService users, TenantService tenants) {
        this.users = users;
        this.tenants = tenants;
    }

    @GetMapping
    List<UserView> list(@PlatformAdmin PortalUser caller) {
        Map<TenantId, String> slugs = tenants.slugsById();
        return users.all().stream().map(user -> UserView.of(user, slugs)).toList();
    }

    @GetMapping("/{username}")
    UserView get(@PlatformAdmin PortalUser caller, @PathVariable String username) {
        return UserView.of(users.require(username), tenants.slugsById());
    }

    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @ApiResponse(responseCode = "409", description = "The username is taken")
    @PostMapping
    ResponseEntity<UserView> create(@PlatformAdmin PortalUser caller, @RequestBody UserDraft draft) {
        User created = users.create(caller.username(), draft);
        return ResponseEntity.created(URI.create("/admin/api/v1/users/" + created.username()))
                .body(UserView.of(created, tenants.slugsById()));
    }

    @PutMapping("/{username}/grants")
    UserView replaceGrants(@PlatformAdmin PortalUser caller, @PathVariable String username,
                           @RequestBody GrantsRequest request) {
        return UserView.of(users.replaceGrants(caller.username(), username, request.grants()), tenants.slugsById());
    }

    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "You cannot delete yourself")
    @DeleteMapping("/{username}")
    ResponseEntity<Void> delete(@PlatformAdmin PortalUser caller, @PathVariable String username) {
        users.delete(caller.username(), username);
        return ResponseEntity.noContent().build();
    }

    /** Ends every API token of the user; users may end their own, platform admins anyone's. */
    @ApiResponse(responseCode = "204", description = "Every token of the user is revoked")
    @DeleteMapping("/{username}/tokens")
    ResponseEntity<Void> revokeTokens(@PlatformAdmin(orSelf = "username") PortalUser caller, @PathVariable String username) {
        users.revokeTokens(caller.username(), username);
        return ResponseEntity.noContent().build();
    }

    /** A platform admin sets another user's password, ending all of that user's sessions and tokens. */
    @ApiResponse(responseCode = "204", description = "Changed; the user's sessions and tokens end")
    @ApiResponse(responseCode = "409", description = "Your own password: change it at me/password")
    @PutMapping("/{username}/password")
    ResponseEntity<Void> resetPassword(@PlatformAdmin PortalUser caller, @PathVariable String username,
                                       @RequestBody PasswordReset request) {
        users.resetPassword(caller.username(), username, request.newPassword());
        return ResponseEntity.noContent().build();
    }

    /** Sets or (null) removes the user's email address; users may set their own, platform admins anyone's. */
    @PutMapping("/{username}/email")
    UserView setEmail(@PlatformAdmin(orSelf = "username") PortalUser caller, @PathVariable String username,
                      @RequestBody EmailChange request) {
        return UserView.of(users.setEmail(caller.username(), username, request.email()), tenants.slugsById());
    }

    record EmailChange(String email) {
    }

    record PasswordReset(String newPassword) {
    }

    record GrantsRequest(List<UserDraft.GrantDraft> grants) {
        GrantsRequest {
            grants = grants == null ? List.of() : grants;
        }
    }

    /** A user without the password hash, grants naming tenants by slug (the console's people pages show the same). */
    public record UserView(String username, String email, boolean enabled, Instant createdAt, List<UserDraft.GrantDraft> grants) {
        public static UserView of(User user, Map<TenantId, String> slugs) {
            return new UserView(user.username(), user.email(), user.enabled(), user.createdAt(), user.grants().stream()
                    .map(grant -> new UserDraft.GrantDraft(grant.tenantId() == null ? null : slugs.get(grant.tenantId()), grant.role(), grant.regionCode()))
                    .toList());
        }
    }

}
