package org.beltportal.core.system.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * A PATCH handler taking a JSON Merge Patch (see {@link JsonMergePatch}). It accepts
 * {@code application/merge-patch+json} and, because many clients send every JSON body as such,
 * {@code application/json} with the same meaning; a JSON Patch ({@code application/json-patch+json},
 * RFC 6902) is a 415 rather than misread as a merge patch.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RequestMapping(method = RequestMethod.PATCH, consumes = {JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
public @interface MergePatchMapping {

    @AliasFor(annotation = RequestMapping.class)
    String[] value() default {};
}
