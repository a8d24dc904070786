package org.beltportal.admin.console.template;

import java.util.Map;

import org.beltportal.admin.console.ConsolePages;
import org.beltportal.core.system.BadRequestException;
import org.beltportal.core.system.ConflictException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The template screens' own refusals as console pages: a path that is no template name (typed into the URL) is a
 * template that does not exist, 404; a draft saved again while it was being checked is 409, check it again.
 */
@ControllerAdvice(basePackageClasses = TemplateErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TemplateErrors {

    private final ConsolePages pages;

    TemplateErrors(ConsolePages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView noSuchTemplate() {
        return pages.page(HttpStatus.NOT_FOUND, "error", Map.of("status", 404, "messageKey", "error.notFound"));
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView changedMeanwhile() {
        return pages.page(HttpStatus.CONFLICT, "error", Map.of("status", 409, "messageKey", "templates.conflict"));
    }
}
