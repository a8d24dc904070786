package org.beltportal.admin.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.media.Media;
import org.beltportal.core.media.MediaChange;
import org.beltportal.core.media.MediaKind;
import org.beltportal.core.media.MediaService;
import org.beltportal.core.media.UnsupportedImageException;
import org.beltportal.core.media.UploadTooLargeException;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.system.web.ApiError;
import org.beltportal.core.system.web.JsonMergePatch;
import org.beltportal.core.system.web.MergePatchMapping;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * A belt's images. Upload is multipart: field {@code file}, optional {@code kind} (logo, hero, product,
 * banner, other; default other) and {@code alt}. The file's name and Content-Type are not believed: its
 * content decides (415 when it is no JPEG, PNG, GIF or WebP), 413 past {@code portal.media.max-upload},
 * 422 when its header declares more pixels than allowed or it does not decode. Uploading is a catalogue
 * edit (product images are most of them), so it needs the right editors and operators hold.
 */
@RestController
@RequestMapping("/admin/api/v1/tenants/{slug}/media")
public class MediaAdminController {

    static final String FILE = "file";

    private final MediaService media;
    private final JsonMergePatch patches;

    MediaAdminController(MediaService media, JsonMergePatch patches) {
        this.media = media;
        this.patches = patches;
    }

    @ApiResponse(responseCode = "201", description = "Stored; Location names it")
    @ApiResponse(responseCode = "413", description = "Larger than portal.media.max-upload")
    @ApiResponse(responseCode = "415", description = "Not a JPEG, PNG, GIF or WebP image by its content")
    @PostMapping
    ResponseEntity<Media> upload(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                                 @RequestPart(name = FILE, required = false) MultipartFile file,
                                 @RequestParam(defaultValue = "other") String kind,
                                 @RequestParam(required = false) String alt) throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of(FILE, "is required: send the image as multipart field \"file\"");
        }
        MediaChange description = new MediaChange(MediaKind.fromCode(kind), alt);
        Media created;
        try (InputStream content = file.getInputStream()) {
            created = media.upload(user.username(), tenant.id(), content, file.getOriginalFilename(), description);
        }
        return ResponseEntity.created(URI.create("/admin/api/v1/tenants/" + tenant.slug() + "/media/" + created.id()))
                .body(created);
    }

    @GetMapping
    ResultPage<Media> list(@Grant(Permission.READ) Tenant tenant, @RequestParam(required = false) String kind,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return media.page(tenant.id(), kind == null || kind.isEmpty() ? null : MediaKind.fromCode(kind), new PageQuery(page, size));
    }

    @GetMapping("/{id}")
    Media get(@Grant(Permission.READ) Tenant tenant, @PathVariable long id) {
        return media.require(tenant.id(), id);
    }

    /** A JSON Merge Patch of {@code kind} and {@code alt}; the file itself never changes. */
    @MergePatchMapping("/{id}")
    Media patch(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant, @PathVariable long id,
                @RequestBody JsonNode patch) {
        MediaChange change = patches.apply(patch, media.require(tenant.id(), id), MediaChange.class);
        return media.describe(user.username(), tenant.id(), id, change);
    }

    @ApiResponse(responseCode = "204", description = "Deleted; the file goes with the belt's last use of it")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant tenant,
                                @PathVariable long id) {
        media.delete(user.username(), tenant.id(), id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(UnsupportedImageException.class)
    ResponseEntity<ApiError> unsupported(UnsupportedImageException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(new ApiError("unsupported_media_type",
                e.getMessage(), List.of(new FieldProblem(FILE, "must be a JPEG, PNG, GIF or WebP image"))));
    }

    @ExceptionHandler(UploadTooLargeException.class)
    ResponseEntity<ApiError> tooLarge(UploadTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(new ApiError("payload_too_large",
                e.getMessage(), List.of(new FieldProblem(FILE, e.getMessage()))));
    }
}
