package org.beltportal.core.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated {@link org.springframework.util.unit.DataSize} is at least {@link #bytes()} bytes; {@code null}
 * is valid. Bean Validation knows numbers and Hibernate Validator durations ({@code @DurationMin}), but not
 * Spring's sizes, and a size setting of {@code -1MB} or {@code 0} must stop the start rather than a render
 * or a request later.
 */
@Documented
@Constraint(validatedBy = DataSizeMinValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DataSizeMin {

    /** The smallest size allowed, in bytes. */
    long bytes();

    String message() default "must be at least {bytes} bytes";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
