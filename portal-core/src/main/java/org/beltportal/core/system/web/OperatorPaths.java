package org.beltportal.core.system.web;

/**
 * The paths no buyer asks for: the console and the admin API under {@code /admin}, and the actuator. They belong to
 * no belt's host (tenant resolution passes them by) and are not buyers' traffic (background jobs do not rest for them).
 */
public final class OperatorPaths {

    private OperatorPaths() {
    }

    /** @param path the request's path within the context */
    public static boolean contains(String path) {
        return path.startsWith("/admin/") || path.equals("/admin") || path.startsWith("/actuator");
    }
}
