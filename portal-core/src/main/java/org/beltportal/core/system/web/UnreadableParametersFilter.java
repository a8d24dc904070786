package org.beltportal.core.system.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.system.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the request parameters before anything else does and answers 400 when the container cannot
 * decode them: malformed percent-encoding or UTF-8 ({@code q=%ff%fe}, a lone surrogate {@code %ed%a0%80},
 * an overlong {@code %c0%af}), or more parameters than it accepts. Tomcat then throws an
 * IllegalStateException from every getParameter call, wherever the first one happens (data binding, the
 * locale choice, a security filter), and each such request was a 500 with a stack trace in the log. API
 * paths get the JSON error naming the first query parameter that is not UTF-8 text; pages get the error
 * page. Multipart uploads are left to their controller, which reads them lazily so an oversized file is a 413.
 */
public class UnreadableParametersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableParametersFilter.class);
    private static final int MAX_NAME = 100;

    private final ApiErrorWriter errors;

    public UnreadableParametersFilter(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return MultipartRequests.isMultipart(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            String field = firstUndecodable(request.getQueryString());
            log.info("Refused {} {}: unreadable request parameters ({})", request.getMethod(), request.getRequestURI(),
                    field == null ? unreadable.getClass().getSimpleName() : "query parameter " + field);
            if (ApiErrorWriter.isApiPath(request.getRequestURI())) {
                String problem = "is not percent-encoded UTF-8 text";
                errors.write(response, HttpServletResponse.SC_BAD_REQUEST, field == null
                        ? ApiError.of("bad_request", "the request parameters are malformed or too many")
                        : new ApiError("bad_request", field + ": " + problem, List.of(new FieldProblem(field, problem))));
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The name of the first query parameter whose name or value does not decode, or null when all do. */
    static String firstUndecodable(String queryString) {
        if (queryString == null) {
            return null;
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (decoded(name) == null || (equals >= 0 && decoded(pair.substring(equals + 1)) == null)) {
                String readable = decodedOrReplaced(name);
                return readable.isEmpty() ? null : readable;
            }
        }
        return null;
    }

    /** The text, strictly: null for a stray '%', a bad hex digit or bytes that are not UTF-8. */
    private static String decoded(String encoded) {
        byte[] bytes = percentDecoded(encoded);
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A malformed name as well as it can be read, to name it in the answer and the log: one short line. */
    private static String decodedOrReplaced(String encoded) {
        byte[] bytes = percentDecoded(encoded);
        String text = bytes == null ? encoded : new String(bytes, StandardCharsets.UTF_8);
        StringBuilder readable = new StringBuilder();
        text.codePoints().limit(MAX_NAME).forEach(cp -> readable.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return readable.toString();
    }

    private static byte[] percentDecoded(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
