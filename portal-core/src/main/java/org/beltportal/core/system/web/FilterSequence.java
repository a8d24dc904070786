package org.beltportal.core.system.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Runs several filters as one, in order, then the container's chain. The members are not given the sequence's
 * {@code FilterConfig}: a {@code OncePerRequestFilter} names its "already filtered" request attribute after its
 * filter name, and one shared name would make every member after the first skip itself. Without one, each takes
 * its class name.
 */
final class FilterSequence implements Filter {

    private final List<Filter> filters;

    FilterSequence(List<Filter> filters) {
        this.filters = List.copyOf(filters);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        new Position(chain).doFilter(request, response);
    }

    /** One request's way through the sequence: each member's {@code chain.doFilter} calls the next. */
    private final class Position implements FilterChain {
        private final FilterChain rest;
        private int next;

        Position(FilterChain rest) {
            this.rest = rest;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response) throws IOException, ServletException {
            if (next < filters.size()) {
                filters.get(next++).doFilter(request, response, this);
            } else {
                rest.doFilter(request, response);
            }
        }
    }
}
