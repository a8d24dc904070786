package org.beltportal.core.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

class FilterSequenceTest {

    private final List<String> ran = new ArrayList<>();

    @Test
    void everyMemberRunsInOrderAndThenTheContainersChain() throws Exception {
        MockFilterChain container = new MockFilterChain();
        new FilterSequence(List.of(new Named("first"), new Named("second"), new Named("third")))
                .doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), container);

        assertThat(ran).containsExactly("first", "second", "third");
        assertThat(container.getRequest()).isNotNull();
    }

    @Test
    void aMemberThatAnswersItselfEndsTheRequest() throws Exception {
        MockFilterChain container = new MockFilterChain();
        OncePerRequestFilter answering = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
                ran.add("answered");
                response.setStatus(404);
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();
        new FilterSequence(List.of(new Named("first"), answering, new Named("never")))
                .doFilter(new MockHttpServletRequest(), response, container);

        assertThat(ran).containsExactly("first", "answered");
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(container.getRequest()).isNull();
    }

    /** A filter that passes a wrapped request on: the next member and the container see the wrapper. */
    @Test
    void aWrappedRequestReachesTheRestOfTheSequence() throws Exception {
        MockFilterChain container = new MockFilterChain();
        OncePerRequestFilter wrapping = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws jakarta.servlet.ServletException, IOException {
                request.setAttribute("wrapped", true);
                chain.doFilter(new jakarta.servlet.http.HttpServletRequestWrapper(request), response);
            }
        };
        new FilterSequence(List.of(wrapping, new Named("after")))
                .doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), container);

        assertThat(ran).containsExactly("after");
        assertThat(container.getRequest()).isInstanceOf(jakarta.servlet.http.HttpServletRequestWrapper.class);
    }

    /**
     * OncePerRequestFilter names its "already filtered" marker after the filter's name, or its class without one
     * (as in a sequence): three of one class need a marker each, as three filters of the portal have by class.
     */
    private final class Named extends OncePerRequestFilter {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        protected String getAlreadyFilteredAttributeName() {
            return name + ".FILTERED";
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws jakarta.servlet.ServletException, IOException {
            ran.add(name);
            chain.doFilter(request, response);
        }
    }
}
