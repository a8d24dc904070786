package org.beltportal.core.system.web;

import jakarta.servlet.http.HttpServletRequest;

/** Multipart uploads are read lazily by their controller, under their own size limit: filters leave them alone. */
final class MultipartRequests {

    private MultipartRequests() {
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }
}
