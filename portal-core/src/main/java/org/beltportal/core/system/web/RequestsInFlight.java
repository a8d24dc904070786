package org.beltportal.core.system.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the HTTP requests this node is serving right now, so background work can tell a spike from a quiet
 * moment ({@link org.beltportal.core.system.RequestsFirst}). One atomic increment and decrement per request.
 */
public class RequestsInFlight extends OncePerRequestFilter {

    private final AtomicInteger inFlight = new AtomicInteger();

    public int count() {
        return inFlight.get();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        inFlight.incrementAndGet();
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
