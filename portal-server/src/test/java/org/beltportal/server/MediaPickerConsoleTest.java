package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.beltportal.core.testing.TestImages;
import org.junit.jupiter.api.Test;

/**
 * The media library's picker beside the image fields of branding, products and campaign banners, without
 * script: the belt's own images as radios with thumbnails, and the form's next post putting the chosen one in
 * its field (the logo replaced, lists added to once). Another belt's images are never offered.
 */
class MediaPickerConsoleTest extends ConsoleScreenTest {

    /** Uploads a picture to belt A's library through the API and returns its site-relative URL. */
    private String uploadedToA(String alt, Color colour) {
        Api.Response uploaded = admin().sendMultipart("/admin/api/v1/tenants/" + twins.a + "/media?kind=logo&alt="
                + URLEncoder.encode(alt, StandardCharsets.UTF_8), "file", "pick.png", TestImages.picture("png", 120, 80, colour));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.json().get("url").asString();
    }

    @Test
    void brandingOffersTheBeltsImagesAndAPickFillsTheLogoAndJoinsTheHeroImages() {
        String url = uploadedToA("孪生标志", new Color(0x336699));
        ConsoleSession operator = signedIn(twins.a, "region_operator");
        String editor = "/admin/belts/" + twins.a + "/branding";
        String form = page(operator, editor);
        assertThat(form).contains("name=\"pick.logoUrl\" value=\"" + url + "\"").contains("name=\"pick.heroImages\" value=\"" + url + "\"")
                .contains("src=\"/t/" + twins.a + "/media/thumbs/").contains("孪生标志");

        Map<String, String> typed = new java.util.HashMap<>(Map.of("name", "孪生产业带", "nameEn", "Twin Belt", "logoUrl", "",
                "heroImages", "https://img.example.com/hero-1.jpg", "primaryColor", "#1f4e79", "accentColor", "#d9822b"));
        typed.put("pick.logoUrl", url);
        typed.put("pick.heroImages", url);
        String shown = seeOther(operator, operator.postForm(editor + "/preview", typed), editor);
        assertThat(shown).contains("id=\"logoUrl\" name=\"logoUrl\" type=\"text\" value=\"" + url + "\"")
                .contains("https://img.example.com/hero-1.jpg\n" + url + "</textarea>");
        assertThat(operator.get("/t/" + twins.a + "/?preview=branding").body()).contains(url);

        String ofB = page(signedIn(twins.b, "region_operator"), "/admin/belts/" + twins.b + "/branding");
        assertThat(ofB).as("belt B's picker").doesNotContain(url).doesNotContain("/t/" + twins.a + "/media");
    }

    @Test
    void aProductPickAddsTheImageOnceAndACampaignPickAddsABanner() {
        String url = uploadedToA("孪生商品图", new Color(0x996633));
        ConsoleSession operator = signedIn(twins.a, "region_operator");
        String products = "/admin/belts/" + twins.a + "/products/new";
        assertThat(page(operator, products)).contains("name=\"pick.images\" value=\"" + url + "\"").contains("name=\"edit\" value=\"pickImage\"");
        Api.Response picked = operator.postFields(products, List.of(Map.entry("title", "选图商品"), Map.entry("image", ""),
                Map.entry("pick.images", url), Map.entry("edit", "pickImage")), operator.csrfToken());
        assertThat(picked.status()).isEqualTo(200);
        String body = valid("product picked", picked);
        assertThat(body).contains("value=\"选图商品\"").contains("name=\"image\" type=\"text\" value=\"" + url + "\"");
        Api.Response again = operator.postFields(products, List.of(Map.entry("title", "选图商品"), Map.entry("image", url),
                Map.entry("pick.images", url), Map.entry("edit", "pickImage")), operator.csrfToken());
        assertThat(valid("picked twice", again).split("name=\"image\" type=\"text\" value=\"" + url + "\"", -1))
                .as("the image once").hasSize(2);

        ConsoleSession manager = signedIn(twins.a, "campaign_manager");
        String campaign = "/admin/belts/" + twins.a + "/campaigns/new";
        assertThat(page(manager, campaign)).contains("name=\"pick.bannerImages\" value=\"" + url + "\"");
        Api.Response banner = manager.postFields(campaign, List.of(Map.entry("name", "选图活动"), Map.entry("bannerImages", ""),
                Map.entry("pick.bannerImages", url), Map.entry("action", "pickBanner")), manager.csrfToken());
        assertThat(valid("banner picked", banner)).contains("value=\"选图活动\"").contains("name=\"bannerImages\" type=\"text\" inputmode=\"url\" list=\"media-images\" value=\"" + url + "\"");
    }
}
