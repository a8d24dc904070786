package org.beltportal.admin.console;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.core.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The end of a form post that worked (post/redirect/get): a 303 to a console page, with a message for the top
 * of that page in the flash map. A View, never a "redirect:" view name, which the public site's resolver would take.
 */
public final class ConsoleRedirect {

    private ConsoleRedirect() {
    }

    /** A 303 to {@code path} (without the context path), showing {@code flash} there. */
    public static ModelAndView seeOther(String path, ConsoleFlash flash, HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put(ConsoleFlash.ATTRIBUTE, flash);
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }

    /** A service's field problems as the templates show them: the first message of each field, in order. */
    public static Map<String, String> problems(InvalidInputException invalid) {
        Map<String, String> problems = new LinkedHashMap<>();
        invalid.problems().forEach(problem -> problems.putIfAbsent(problem.field(), problem.message()));
        return problems;
    }
}
