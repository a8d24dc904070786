package org.beltportal.core.media.web;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.beltportal.core.media.ImageType;
import org.beltportal.core.media.MediaService;
import org.beltportal.core.media.MediaStorage;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /media/<sha256>.<ext>} and {@code /media/thumbs/<sha256>.<ext>} on a belt's site. The name is
 * the content's hash, so a URL's bytes never change: a year of caching, {@code immutable}, the hash as a
 * strong ETag. The type comes from the extension the library gave the file after reading its content, and
 * {@code nosniff} keeps browsers from guessing another. The file is streamed from storage, never held whole.
 * Another belt's file is 404 here: the belt's id is part of every storage key.
 */
@RestController
public class MediaFileController {

    private static final String NAME = "{sha256:[0-9a-f]{64}}.{extension:[a-z]{3,4}}";
    private static final CacheControl FOREVER = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();

    private final MediaService media;

    public MediaFileController(MediaService media) {
        this.media = media;
    }

    @GetMapping("/media/" + NAME)
    ResponseEntity<Resource> original(Tenant tenant, @PathVariable String sha256, @PathVariable String extension,
                                                   @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch)
            throws IOException {
        return serve(tenant, sha256, extension, false, ifNoneMatch);
    }

    @GetMapping("/media/thumbs/" + NAME)
    ResponseEntity<Resource> thumbnail(Tenant tenant, @PathVariable String sha256, @PathVariable String extension,
                                                    @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch)
            throws IOException {
        return serve(tenant, sha256, extension, true, ifNoneMatch);
    }

    private ResponseEntity<Resource> serve(Tenant tenant, String sha256, String extension, boolean thumbnail, String ifNoneMatch)
            throws IOException {
        ImageType type = ImageType.byExtension(extension).orElseThrow(MediaFileController::missing);
        MediaStorage.StoredFile file = media.open(tenant.id(), sha256, type, thumbnail).orElseThrow(MediaFileController::missing);
        String etag = "\"" + sha256 + (thumbnail ? "-thumb" : "") + "\"";
        if (etag.equals(ifNoneMatch)) {
            file.content().close();
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(FOREVER).build();
        }
        // InputStreamResource is written by streaming and closed after; the length comes from storage.
        return ResponseEntity.ok().eTag(etag).cacheControl(FOREVER)
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(type.contentType()))
                .contentLength(file.size())
                .body(new InputStreamResource(file.content()));
    }

    private static NotFoundException missing() {
        return new NotFoundException("no such media file");
    }
}
