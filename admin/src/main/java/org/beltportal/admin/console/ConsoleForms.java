package org.beltportal.admin.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.beltportal.core.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What the console's forms share: the redirect after a post (303, so a reload never repeats the write) and a
 * service's field problems as the map the templates show beside each field (first problem per field).
 */
public final class ConsoleForms {

    private ConsoleForms() {
    }

    /** A 303 to {@code path} (without the context path); flash attributes set by the handler travel with it. */
    public static ModelAndView seeOther(String path) {
        RedirectView redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    /** A query string of the parameters that are set (null values left out), for links that keep a list's filters. */
    public static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Field to message, in the order the service found them. */
    public static Map<String, String> problems(InvalidInputException invalid) {
        Map<String, String> problems = new LinkedHashMap<>();
        invalid.problems().forEach(problem -> problems.putIfAbsent(problem.field(), problem.message()));
        return problems;
    }
}
