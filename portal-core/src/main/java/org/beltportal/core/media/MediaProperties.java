package org.beltportal.core.media;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.beltportal.core.system.DataSizeMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code portal.media.*} settings: where uploaded images live and what an upload may be.
 *
 * @param dir directory of the media files; unset: {@code media} in {@code portal.data-dir}. Every node that
 *        serves a belt must see the same files (a shared volume) once there is more than one
 * @param maxUpload largest image file an upload may be (413 beyond)
 * @param maxPixels most pixels (width times height) an image may declare in its header; larger ones are
 *        refused (422) before any pixel is decoded, so a small file cannot demand a huge buffer
 * @param thumbnailWidth width of the thumbnail made of every upload (narrower images keep their width)
 */
@Validated
@ConfigurationProperties("portal.media")
public record MediaProperties(
        Path dir,
        @DefaultValue("10MB") @NotNull @DataSizeMin(bytes = 1) DataSize maxUpload,
        @DefaultValue("40000000") @Min(1) long maxPixels,
        @DefaultValue("320") @Min(16) @Max(2048) int thumbnailWidth) {
}
