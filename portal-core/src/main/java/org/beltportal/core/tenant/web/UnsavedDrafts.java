package org.beltportal.core.tenant.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.page.PageDraft;
import org.beltportal.core.tenant.Tenant;

/**
 * What an operator is editing in the console and has not saved, for the public renderer to preview (decision
 * 0038). Public pages do not authenticate, so admin answers from the request's console session, and only for
 * a caller who may still preview the belt and for a request that asks ({@code ?preview=branding} or
 * {@code ?preview=page}). Buyers carry no console session: they always get the saved portal. Without an
 * implementation nothing is previewed.
 */
public interface UnsavedDrafts {

    String PARAMETER = "preview";
    String BRANDING = "branding";
    String PAGE = "page";

    Optional<BrandingDraft> branding(HttpServletRequest request, Tenant belt);

    /**
     * The request asks for a preview of that kind and its caller may preview the belt. Such a page is a preview
     * even when no draft is kept (it then shows what is saved): uncached and framable by the console, whose
     * editor frames it before anything was changed, without a draft having to be written by opening it.
     */
    boolean asked(HttpServletRequest request, Tenant belt, String kind);

    Optional<PageDraft> page(HttpServletRequest request, Tenant belt);
}
