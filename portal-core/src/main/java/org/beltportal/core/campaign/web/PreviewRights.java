package org.beltportal.core.campaign.web;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.tenant.TenantId;

/**
 * Whether the caller of a public request may preview a tenant's portal at another instant. Public pages
 * do not authenticate, so the module that owns logins (admin) answers from the request's console session
 * or bearer token. Without an implementation nobody may preview.
 */
public interface PreviewRights {

    boolean mayPreview(HttpServletRequest request, TenantId tenantId);
}
