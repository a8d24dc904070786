package org.beltportal.admin.tenant;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.notification.TenantWebhook;
import org.beltportal.core.notification.WebhookService;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A belt's webhook for chat robots: {@code GET}, {@code PUT {"url", "secret"}} and {@code DELETE}
 * {@code tenants/{slug}/webhook}. The secret is written, never shown again.
 */
@RestController
@RequestMapping("/admin/api/v1/tenants/{slug}/webhook")
public class WebhookAdminController {

    private final WebhookService webhooks;

    public WebhookAdminController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @ApiResponse(responseCode = "200", description = "The belt's webhook, without its secret")
    @ApiResponse(responseCode = "404", description = "The belt has no webhook")
    @GetMapping
    TenantWebhook get(@Grant(Permission.CONFIGURE) Tenant tenant) {
        return webhooks.require(tenant.id());
    }

    @ApiResponse(responseCode = "200", description = "Set; the secret is not shown again")
    @ApiResponse(responseCode = "422", description = "Not https, a private address, or a secret too short")
    @PutMapping
    TenantWebhook set(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONFIGURE) Tenant tenant,
                      @RequestBody WebhookRequest request) {
        return webhooks.set(user.username(), tenant.id(), request.url(), request.secret());
    }

    @ApiResponse(responseCode = "204", description = "Removed")
    @DeleteMapping
    ResponseEntity<Void> remove(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CONFIGURE) Tenant tenant) {
        webhooks.remove(user.username(), tenant.id());
        return ResponseEntity.noContent().build();
    }

    record WebhookRequest(String url, String secret) {
    }
}
