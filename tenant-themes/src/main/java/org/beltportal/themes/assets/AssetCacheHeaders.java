package org.beltportal.themes.assets;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cache headers of {@code /assets/**}. A fingerprinted name ({@code portal-<32 hex>.css}) never changes
 * content, so browsers keep it a year without asking; a plain name may change with a deployment, so it is
 * revalidated (the resource handler answers 304 by Last-Modified). Set before the handler runs, since it
 * streams the file; a response that turns out not to be a 200 drops the long lifetime.
 */
class AssetCacheHeaders extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "public, no-cache";
    private static final Pattern FINGERPRINTED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/assets/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean fingerprinted = FINGERPRINTED.matcher(request.getRequestURI()).matches();
        response.setHeader("Cache-Control", fingerprinted ? IMMUTABLE : REVALIDATE);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                super.setStatus(status);
                forgetLifetimeUnless200(status);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                forgetLifetimeUnless200(status);
                super.sendError(status, message);
            }

            @Override
            public void sendError(int status) throws IOException {
                forgetLifetimeUnless200(status);
                super.sendError(status);
            }

            private void forgetLifetimeUnless200(int status) {
                if (status != HttpServletResponse.SC_OK && status != HttpServletResponse.SC_NOT_MODIFIED) {
                    setHeader("Cache-Control", "no-store");
                }
            }
        });
    }
}
