package org.beltportal.admin.security;

import java.util.Map;

import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/** The path variables Spring matched for the current request, read the way {@code @PathVariable} reads them. */
final class PathVariables {

    private PathVariables() {
    }

    /** The variable's value; a handler declaring a right on a path without that variable is a programming error. */
    static String require(NativeWebRequest request, String name) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String value = variables == null ? null : variables.get(name);
        if (value == null) {
            throw new IllegalStateException("the handler's path has no {" + name + "} variable");
        }
        return value;
    }
}
