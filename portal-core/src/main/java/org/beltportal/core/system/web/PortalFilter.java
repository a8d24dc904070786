package org.beltportal.core.system.web;

import jakarta.servlet.Filter;

/**
 * One of the portal's own servlet filters. Modules declare their filters as beans of this type instead of
 * registering each with the servlet container: {@link PortalFilterConfiguration} runs them in two sequences, one
 * before Spring Security's chain and one after it.
 *
 * @param name   what the filter does, for the start-up log
 * @param filter the filter; not a bean of its own, or Spring Boot would register it with the container as well
 * @param stage  which side of Spring Security it runs on
 * @param order  its place within the stage, lowest first
 */
public record PortalFilter(String name, Filter filter, Stage stage, int order) {

    public enum Stage {
        /** Before the security chain and the session: request counting, body limits, tenant resolution. */
        BEFORE_SECURITY,
        /** After the security chain, so a page the portal answers itself still gets the security headers. */
        AFTER_SECURITY
    }
}
