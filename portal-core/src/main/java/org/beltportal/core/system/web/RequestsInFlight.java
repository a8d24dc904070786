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
 * Counts the HTTP requests this node is serving right now, and the buyers' requests it has begun so far, so
 * background work can tell a spike from a quiet moment and a node buyers use from an idle one ({@link org.beltportal.core.system.RequestsFirst}).
 * Two atomic increments and one decrement per request, made by {@link #filter()}.
 */
public class RequestsInFlight {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongAdder begun = new LongAdder();

    public int count() {
        return inFlight.get();
    }

    /**
     * Buyers' requests begun since the node started: two readings that differ mean buyers came in between.
     * Console, admin API and actuator requests are left out: an operator watching an import's progress bar (a poll
     * a second) must not make the import rest as if buyers were waiting.
     */
    public long buyerRequestsBegun() {
        return begun.sum();
    }

    /** The filter that counts; a new one each call, all counting here. */
    public OncePerRequestFilter filter() {
        return new Counting();
    }

    private final class Counting extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!OperatorPaths.contains(request.getRequestURI().substring(request.getContextPath().length()))) {
                begun.increment();
            }
            inFlight.incrementAndGet();
            try {
                chain.doFilter(request, response);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }
}
