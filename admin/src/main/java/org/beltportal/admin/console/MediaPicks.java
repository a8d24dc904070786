package org.beltportal.admin.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Images chosen from the media library's picker ({@code mediapicker.ftlh}): a radio named {@code pick.<field>}
 * beside an image field. Without script the choice arrives with the form's next post and is put in here: it
 * replaces a single image and joins a list of images (once). With script a single field is filled at once,
 * which this then repeats harmlessly. The chosen value is checked by the services as a typed one would be.
 */
public final class MediaPicks {

    public static final String PREFIX = "pick.";

    private MediaPicks() {
    }

    /** The name of the radios that pick an image for {@code field}. */
    public static String name(String field) {
        return PREFIX + field;
    }

    /** The picked image when one was picked, else what was typed. */
    public static String replaced(String typed, String picked) {
        return picked == null || picked.isBlank() ? typed : picked.strip();
    }

    /** The typed images with the picked one added at the end, unless it is among them already. */
    public static List<String> added(List<String> typed, String picked) {
        if (picked == null || picked.isBlank() || typed.contains(picked.strip())) {
            return typed;
        }
        List<String> images = new ArrayList<>(typed.stream().filter(image -> !image.isBlank()).toList());
        images.add(picked.strip());
        return images;
    }

    /** One address a line, as a textarea holds them, with the picked one added as a last line unless present. */
    public static String addedLine(String typed, String picked) {
        String lines = typed == null ? "" : typed;
        if (picked == null || picked.isBlank() || lines.lines().map(String::strip).anyMatch(picked.strip()::equals)) {
            return lines;
        }
        return lines.isBlank() ? picked.strip() : lines.stripTrailing() + "\n" + picked.strip();
    }
}
