package org.beltportal.core.system.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON body of every API error. {@code error} is a stable code clients can switch on. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, Object details) {

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null);
    }
}
