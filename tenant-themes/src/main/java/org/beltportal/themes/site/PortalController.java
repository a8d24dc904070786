package org.beltportal.themes.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller that renders public portal pages. Errors from these controllers are answered with
 * portal pages ({@link PortalErrorPages}); a plain {@code @Controller} annotation would not do, because
 * {@code @RestController} carries it too and JSON APIs must keep their JSON errors.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PortalController {
}
