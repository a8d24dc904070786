package org.beltportal.core.system.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers whatever reached the container's error page: unmatched paths, errors raised outside
 * controllers. API paths get the JSON contract, everything else a short plain page. Never a stack trace.
 */
@RestController
public class PortalErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String message = status == HttpStatus.NOT_FOUND ? "nothing here" : status.getReasonPhrase();
        if (ApiErrorWriter.isApiPath(path)) {
            String error = status.getReasonPhrase().toLowerCase().replace(' ', '_');
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(error, message));
        }
        String html = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + status.value()
                + "</title></head><body><h1>" + status.value() + "</h1><p>" + HtmlUtils.htmlEscape(message)
                + "</p></body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }
}
