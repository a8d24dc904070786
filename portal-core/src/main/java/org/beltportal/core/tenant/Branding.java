package org.beltportal.core.tenant;

import java.util.List;
import java.util.regex.Pattern;

import org.beltportal.core.system.ImageUrls;
import org.beltportal.core.system.Problems;

/**
 * How a portal looks without touching a template. Colours reach pages as CSS custom properties, so they
 * are held to {@code #rrggbb}; footer HTML is sanitised on save.
 */
public record Branding(
        String logoUrl,
        String primaryColor,
        String accentColor,
        String slogan,
        List<String> heroImages,
        String footerHtml) {

    static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    static final int MAX_HERO_IMAGES = 8;

    public static Branding empty() {
        return new Branding(null, "#1f4e79", "#d9822b", null, List.of(), null);
    }

    public Branding {
        heroImages = heroImages == null ? List.of() : List.copyOf(heroImages);
    }

    void validate(Problems problems) {
        problems.matches(primaryColor, COLOR, "primaryColor", "must be a colour like #1f4e79")
                .matches(accentColor, COLOR, "accentColor", "must be a colour like #d9822b")
                .matches(logoUrl, ImageUrls.PATTERN, "logoUrl", ImageUrls.RULE)
                .text(slogan, "slogan", 200, false)
                .text(footerHtml, "footerHtml", 4000, false)
                .require(heroImages.size() <= MAX_HERO_IMAGES, "heroImages", "at most " + MAX_HERO_IMAGES + " images");
        for (int i = 0; i < heroImages.size(); i++) {
            problems.require(ImageUrls.isValid(heroImages.get(i)), "heroImages[" + i + "]", ImageUrls.RULE);
        }
    }
}
