package org.beltportal.admin.console;

import java.util.Map;

import org.beltportal.core.system.ForbiddenException;
import org.beltportal.core.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's refusals as pages, with the API's statuses: an unknown belt 404, a belt without the right 403.
 * The message says what to do, never which belts exist elsewhere.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
class ConsoleErrors {

    private final ConsolePages pages;

    ConsoleErrors(ConsolePages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return pages.page(HttpStatus.NOT_FOUND, "error", Map.of("status", 404, "messageKey", "error.notFound"));
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden() {
        return pages.page(HttpStatus.FORBIDDEN, "error", Map.of("status", 403, "messageKey", "error.forbidden"));
    }
}
