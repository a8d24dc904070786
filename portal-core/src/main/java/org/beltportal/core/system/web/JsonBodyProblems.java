package org.beltportal.core.system.web;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.beltportal.core.system.FieldProblem;
import org.springframework.util.ClassUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Says what is wrong with a JSON body Jackson could not bind: the value's JSON path
 * ({@code priceTiers[2].price}, the form the domain's own problems use) and what it must be, in words a
 * client can act on. Jackson's own messages name Java classes and are never passed on. Empty when there
 * is no field to name: the body is not JSON at all, or the whole body has the wrong shape.
 */
final class JsonBodyProblems {

    private JsonBodyProblems() {
    }

    static Optional<FieldProblem> of(JacksonException e) {
        String path = path(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path.isEmpty() ? unknown.getPropertyName() : path;
            return Optional.of(new FieldProblem(field, "is not a field of this request; its fields are "
                    + known(unknown.getKnownPropertyIds())));
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (e instanceof MismatchedInputException mismatch) {
            return Optional.of(new FieldProblem(path, expectation(mismatch.getTargetType())));
        }
        if (e instanceof InputCoercionException coercion) {
            return Optional.of(new FieldProblem(path, expectation(coercion.getTargetType()) + " within range"));
        }
        if (e instanceof ValueInstantiationException) {
            return Optional.of(new FieldProblem(path, "is not a valid value"));
        }
        return Optional.empty();
    }

    /** The JSON path as the domain writes it: {@code a.b[2].c}; map keys read like fields. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String known(Collection<Object> names) {
        return names == null ? "listed in the API description"
                : String.join(", ", names.stream().map(Objects::toString).sorted().toList());
    }

    /** What a value of {@code type} must look like in JSON. */
    static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (List.of(Byte.class, Short.class, Integer.class, Long.class, BigInteger.class).contains(boxed)) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(boxed)) {
            return "must be a number";
        }
        if (boxed == Boolean.class) {
            return "must be true or false";
        }
        if (CharSequence.class.isAssignableFrom(boxed) || boxed == Character.class) {
            return "must be text";
        }
        if (boxed == Instant.class) {
            return "must be an ISO-8601 date-time with an offset, such as 2026-12-06T02:00:00Z";
        }
        if (boxed == LocalDateTime.class) {
            return "must be an ISO-8601 local date-time, such as 2026-12-06T10:00";
        }
        if (boxed == LocalDate.class) {
            return "must be an ISO-8601 date, such as 2026-12-06";
        }
        if (boxed == LocalTime.class) {
            return "must be an ISO-8601 time, such as 10:00";
        }
        if (TemporalAccessor.class.isAssignableFrom(boxed)) {
            return "must be an ISO-8601 date-time";
        }
        if (boxed.isEnum()) {
            return "is not one of the allowed values";
        }
        if (Collection.class.isAssignableFrom(boxed) || boxed.isArray()) {
            return "must be a list";
        }
        return "must be an object";
    }
}
