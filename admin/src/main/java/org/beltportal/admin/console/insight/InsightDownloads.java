package org.beltportal.admin.console.insight;

import java.nio.charset.StandardCharsets;

import org.beltportal.core.system.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A download that cannot be made: 400 with the problem in words, as a link with a bad query string deserves. */
final class InsightDownloads {

    private InsightDownloads() {
    }

    static ResponseEntity<byte[]> refused(InvalidInputException invalid) {
        return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(invalid.getMessage().getBytes(StandardCharsets.UTF_8));
    }
}
