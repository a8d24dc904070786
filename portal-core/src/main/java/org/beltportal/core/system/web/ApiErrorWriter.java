package org.beltportal.core.system.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes an {@link ApiError} straight to a response, for filters that answer before any controller. */
@Component
public class ApiErrorWriter {

    private final JsonMapper json;

    public ApiErrorWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, int status, ApiError error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), error);
    }

    /** Whether the path belongs to a JSON API, where errors must be JSON rather than pages. */
    public static boolean isApiPath(String path) {
        return path != null && (path.startsWith("/api/") || path.startsWith("/admin/api/") || path.contains("/api/v1/"));
    }
}
