package org.beltportal.core.media;

import org.beltportal.core.tenant.TenantId;

/**
 * Storage keys and public paths of a belt's files. The belt's id leads every key, so the same image
 * uploaded to two belts is two files, and one belt's host can never serve another's file; the SHA-256 of
 * the content names it within the belt, so an image uploaded twice is stored once.
 */
public final class MediaKeys {

    /** The path every media URL starts with on a belt's site. */
    public static final String PATH = "/media/";
    public static final String THUMBNAILS = "thumbs/";

    private MediaKeys() {
    }

    public static String original(TenantId tenantId, String sha256, ImageType type) {
        return tenantId.value() + "/" + fileName(sha256, type);
    }

    public static String thumbnail(TenantId tenantId, String sha256, ImageType type) {
        return tenantId.value() + "/" + THUMBNAILS + fileName(sha256, type);
    }

    /** The site-relative URL of a file named by {@link #fileName}, original or thumbnail. */
    public static String url(String sha256, ImageType type, boolean thumbnail) {
        return PATH + (thumbnail ? THUMBNAILS : "") + fileName(sha256, type);
    }

    public static String fileName(String sha256, ImageType type) {
        return sha256 + "." + type.extension();
    }
}
