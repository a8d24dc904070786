package org.beltportal.core.system.web;

import java.util.List;
import java.util.Optional;

import org.beltportal.core.system.BadRequestException;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.ForbiddenException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.TooManyRequestsException;
import org.beltportal.core.template.TemplateRejectedException;
import org.beltportal.core.template.TemplateRenderFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import tools.jackson.core.JacksonException;

/**
 * Maps exceptions from JSON controllers to the error contract. Unexpected exceptions are logged in full
 * here and answered with a generic 500: no stack trace or internal message reaches a client.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, "not_found", e.getMessage(), null);
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return answer(HttpStatus.BAD_REQUEST, "bad_request", e.getMessage(), null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return answer(HttpStatus.CONFLICT, "conflict", e.getMessage(), null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ApiError> forbidden(ForbiddenException e) {
        return answer(HttpStatus.FORBIDDEN, "forbidden", e.getMessage(), null);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e) {
        return answer(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", e.getMessage(), e.problems());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ApiError> tooMany(TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(ApiError.of("too_many_requests", e.getMessage()));
    }

    @ExceptionHandler(TemplateRejectedException.class)
    ResponseEntity<ApiError> templateRejected(TemplateRejectedException e) {
        return answer(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_template", e.getMessage(), e.problems());
    }

    /** A draft that fails a page is kept as a draft; details are the failing pages with template and line. */
    @ExceptionHandler(TemplateRenderFailedException.class)
    ResponseEntity<ApiError> templateRenderFailed(TemplateRenderFailedException e) {
        return answer(HttpStatus.UNPROCESSABLE_CONTENT, "template_render_failed", e.getMessage(), e.failures());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return invalid(new InvalidInputException(problems));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalid(HandlerMethodValidationException e) {
        return answer(HttpStatus.BAD_REQUEST, "bad_request", "invalid request parameters", null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return unreadableBody(e);
    }

    @ExceptionHandler(JsonBodyException.class)
    ResponseEntity<ApiError> unreadable(JsonBodyException e) {
        return unreadableBody(e);
    }

    /**
     * A body that could not be read as the handler's type. A value our own types refused while being read
     * (an unknown status, say) is a 422 with its field; a wrong JSON type, a bad date or an unknown field
     * is a 400 naming the field by its JSON path; a body that is no JSON at all a plain 400.
     */
    private ResponseEntity<ApiError> unreadableBody(Exception e) {
        JacksonException json = null;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid(invalid);
            }
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return tooLarge(tooLarge);
            }
            if (json == null && cause instanceof JacksonException found) {
                json = found;
            }
        }
        Optional<FieldProblem> problem = json == null ? Optional.empty() : JsonBodyProblems.of(json);
        if (problem.isPresent()) {
            FieldProblem named = problem.get();
            return answer(HttpStatus.BAD_REQUEST, "bad_request", named.field() + ": " + named.message(), List.of(named));
        }
        return answer(HttpStatus.BAD_REQUEST, "bad_request", "the request body is not valid JSON of the expected shape", null);
    }

    /** A query parameter or path variable Spring could not convert ({@code page=1e99}, {@code /jobs/abc}): named. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        boolean number = e.getRequiredType() != null
                && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(e.getRequiredType()));
        return badParameter(e.getName(), number ? "must be a number of the expected size" : "is not a valid value");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return badParameter(e.getParameterName(), "is required");
    }

    private static ResponseEntity<ApiError> badParameter(String name, String problem) {
        return answer(HttpStatus.BAD_REQUEST, "bad_request", name + ": " + problem, List.of(new FieldProblem(name, problem)));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", e.getMethod() + " is not supported here", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "send application/json", null);
    }

    @ExceptionHandler({PayloadTooLargeException.class, MaxUploadSizeExceededException.class})
    ResponseEntity<ApiError> tooLarge(Exception e) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", "the request body is too large", null);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> multipart(MultipartException e) {
        return answer(HttpStatus.BAD_REQUEST, "bad_request", "the multipart request is malformed", null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected error answering an API request", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "something went wrong on our side", null);
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, String code, String message, Object details) {
        return ResponseEntity.status(status).body(new ApiError(code, message, details));
    }
}
