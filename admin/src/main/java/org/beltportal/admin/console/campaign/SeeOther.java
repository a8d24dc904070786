package org.beltportal.admin.console.campaign;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.admin.console.ConsoleFlash;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The redirect after a post (post/redirect/get), with the message the next page shows. */
final class SeeOther {

    private SeeOther() {
    }

    static ResponseEntity<Void> to(String path, ConsoleFlash flash, HttpServletRequest request, HttpServletResponse response) {
        RequestContextUtils.getOutputFlashMap(request).put(ConsoleFlash.ATTRIBUTE, flash);
        RequestContextUtils.saveOutputFlashMap(path, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(request.getContextPath() + path)).build();
    }
}
