package org.beltportal.core.system.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the HTTP requests this node is serving right now and has begun so far, so background work can tell a
 * spike from a quiet moment and a served node from an idle one ({@link org.beltportal.core.system.RequestsFirst}).
 * Two atomic increments and one decrement per request.
 */
public class RequestsInFlight extends OncePerRequestFilter {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongAdder begun = new LongAdder();

    public int count() {
        return inFlight.get();
    }

    /** Requests begun since the node started: two readings that differ mean requests came in between. */
    public long begunSoFar() {
        return begun.sum();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        begun.increment();
        inFlight.incrementAndGet();
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
