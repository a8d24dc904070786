package org.beltportal.admin.console.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsolePages;
import org.beltportal.admin.console.ConsoleForms;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.media.Media;
import org.beltportal.core.media.MediaChange;
import org.beltportal.core.media.MediaKind;
import org.beltportal.core.media.MediaProperties;
import org.beltportal.core.media.MediaService;
import org.beltportal.core.media.UnsupportedImageException;
import org.beltportal.core.media.UploadTooLargeException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.tenant.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /admin/belts/{slug}/media}: the belt's images, newest first, and the upload form; each image's delete
 * asks first on a page of its own. Uploads go through {@link MediaService} as the API's do, so the same checks
 * refuse a lying extension, an oversized file or a pixel bomb; here the refusal is a message beside the file field.
 */
@Controller
class MediaConsoleController {

    static final int PAGE_SIZE = 24;
    private static final String FILE = "file";

    private final MediaService media;
    private final ConsolePages pages;
    /** The largest upload, as the form's hint states it. */
    private final String maxUpload;

    MediaConsoleController(MediaService media, ConsolePages pages, MediaProperties properties) {
        this.media = media;
        this.pages = pages;
        long kilobytes = properties.maxUpload().toKilobytes();
        this.maxUpload = kilobytes % 1024 == 0 ? kilobytes / 1024 + " MB" : kilobytes + " KB";
    }

    @GetMapping(MediaScreen.PATH)
    ModelAndView library(@AuthenticationPrincipal PortalUser user, @Grant(Permission.READ) Tenant belt,
                         @RequestParam(defaultValue = "1") int page) {
        return library(user, belt, page, HttpStatus.OK, Map.of(), new Typed(MediaKind.PRODUCT.code(), ""));
    }

    @PostMapping(MediaScreen.PATH)
    ModelAndView upload(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt,
                        @RequestPart(name = FILE, required = false) MultipartFile file,
                        @RequestParam(required = false) String kind, @RequestParam(required = false) String alt,
                        HttpServletRequest request) throws IOException {
        Typed typed = new Typed(kind, alt);
        if (file == null || file.isEmpty()) {
            return refused(user, belt, typed, HttpStatus.UNPROCESSABLE_CONTENT, Map.of(FILE, "is required: choose an image file"));
        }
        try (InputStream content = file.getInputStream()) {
            Media stored = media.upload(user.username(), belt.id(), content, file.getOriginalFilename(),
                    new MediaChange(kind == null ? null : MediaKind.fromCode(kind), alt));
            return ConsoleForms.seeOther(MediaScreen.pathOf(belt), ConsoleFlash.status("media.uploaded",
                    stored.originalName() == null ? "" : stored.originalName()), request);
        } catch (InvalidInputException invalid) {
            return refused(user, belt, typed, HttpStatus.UNPROCESSABLE_CONTENT, ConsoleForms.problems(invalid));
        } catch (UnsupportedImageException notAnImage) {
            return refused(user, belt, typed, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    Map.of(FILE, "is not a JPEG, PNG, GIF or WebP image (judged by its content, not its name)"));
        } catch (UploadTooLargeException tooLarge) {
            return refused(user, belt, typed, HttpStatus.CONTENT_TOO_LARGE, Map.of(FILE, tooLarge.getMessage()));
        }
    }

    @GetMapping(MediaScreen.PATH + "/{id}/delete")
    ModelAndView confirmDelete(@Grant(Permission.CATALOG) Tenant belt, @PathVariable long id) {
        return pages.page("media/delete", Map.of(ConsolePages.BELT, belt, "image", media.require(belt.id(), id)));
    }

    @PostMapping(MediaScreen.PATH + "/{id}/delete")
    ModelAndView delete(@AuthenticationPrincipal PortalUser user, @Grant(Permission.CATALOG) Tenant belt,
                        @PathVariable long id, HttpServletRequest request) {
        Media image = media.require(belt.id(), id);
        media.delete(user.username(), belt.id(), id);
        return ConsoleForms.seeOther(MediaScreen.pathOf(belt),
                ConsoleFlash.status("media.deleted", image.originalName() == null ? "#" + id : image.originalName()), request);
    }

    /** The library again with the refused upload's problems beside its fields and what was typed kept. */
    private ModelAndView refused(PortalUser user, Tenant belt, Typed typed, HttpStatus status, Map<String, String> problems) {
        return library(user, belt, 1, status, problems, typed);
    }

    private ModelAndView library(PortalUser user, Tenant belt, int page, HttpStatus status, Map<String, String> problems,
                                 Typed typed) {
        PageQuery query = new PageQuery(Math.max(0, page - 1), PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put(ConsolePages.BELT, belt);
        model.put("images", media.page(belt.id(), null, query));
        model.put("kinds", MediaKind.values());
        model.put("maxUpload", maxUpload);
        model.put("mayEdit", user.hasAnyRole(belt.id(), Permission.CATALOG.roles()));
        model.put("sitePath", "/t/" + belt.slug());
        model.put("problems", problems);
        model.put("kind", typed.kind());
        model.put("alt", typed.alt());
        return pages.page(status, "media/library", model);
    }

    /** What the upload form held, shown again after a refusal (a file input cannot be refilled). */
    private record Typed(String kind, String alt) {
    }
}
