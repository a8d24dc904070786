package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beltportal.core.testing.TestImages;
import org.junit.jupiter.api.Test;

/**
 * The media library screen: upload through the form and see the image in the grid, delete after a confirmation,
 * each refused upload (lying extension, too large, pixel bomb, none) as a message beside the file field, and
 * another belt's slug and image ids refused.
 */
class MediaConsoleTest extends ConsoleScreenTest {

    private static final Pattern DELETE_LINK = Pattern.compile("/media/(\\d+)/delete");

    private String library(String slug) {
        return "/admin/belts/" + slug + "/media";
    }

    private Api.Response upload(ConsoleSession session, String slug, String filename, byte[] content, String alt) {
        return session.postFile(library(slug), Map.of("kind", "logo", "alt", alt), "file", filename, content, session.csrfToken());
    }

    @Test
    void anOperatorUploadsALogoSeesItInTheGridAndDeletesItAfterConfirming() {
        ConsoleSession operator = operatorOfA();
        byte[] png = TestImages.picture("png", 640, 480, Color.BLUE);
        String back = seeOther(upload(operator, twins.a, "logo.png", png, SCRIPT));
        assertThat(back).isEqualTo(library(twins.a));

        String page = valid("library", operator.get(back));
        assertThat(page).contains("role=\"status\"").contains("logo.png").contains("标志").contains("640 × 480")
                .contains("enctype=\"multipart/form-data\"").contains("data-drop")
                .doesNotContain("<script>alert").contains(SCRIPT_SHOWN);
        Matcher thumbnail = Pattern.compile("src=\"(/t/" + twins.a + "/media/thumbs/[0-9a-f]{64}\\.\\w+)\"").matcher(page);
        assertThat(thumbnail.find()).as("a thumbnail served on the belt's site").isTrue();
        assertThat(anonymous().get(thumbnail.group(1)).status()).isEqualTo(200);
        assertThat(page).containsPattern("readonly value=\"/media/[0-9a-f]{64}\\.png\"");

        Matcher delete = DELETE_LINK.matcher(page);
        assertThat(delete.find()).isTrue();
        String confirm = valid("confirm delete", operator.get(library(twins.a) + "/" + delete.group(1) + "/delete"));
        assertThat(confirm).contains("method=\"post\"").contains("logo.png");
        assertThat(seeOther(operator.postForm(library(twins.a) + "/" + delete.group(1) + "/delete", Map.of())))
                .isEqualTo(library(twins.a));
        String after = valid("after delete", operator.get(library(twins.a)));
        assertThat(after).contains("role=\"status\"").doesNotContain("/media/" + delete.group(1) + "/delete");
    }

    @Test
    void refusedUploadsAreShownBesideTheFileFieldKeepingWhatWasTyped() {
        ConsoleSession operator = operatorOfA();
        Map<String, byte[]> refused = Map.of(
                "page.png", TestImages.html(),
                "huge.png", new byte[11 * 1024 * 1024],
                "bomb.png", TestImages.pngBomb(100_000, 100_000));
        Map<String, Integer> statuses = Map.of("page.png", 415, "huge.png", 413, "bomb.png", 422);
        Map<String, String> messages = Map.of("page.png", "JPEG、PNG、GIF 或 WebP", "huge.png", "文件超过",
                "bomb.png", "100000×100000 像素");
        refused.forEach((name, content) -> {
            Api.Response answer = upload(operator, twins.a, name, content, "typed alt " + name);
            assertThat(answer.status()).as(name).isEqualTo(statuses.get(name));
            String page = valid("refused " + name, answer);
            assertThat(page).as(name).contains("class=\"error-summary\"").contains("id=\"file-error\"")
                    .contains(messages.get(name)).contains("aria-invalid=\"true\"").contains("value=\"typed alt " + name + "\"")
                    .contains("<option value=\"logo\" selected>");
        });
        Api.Response none = operator.postFile(library(twins.a), Map.of("kind", "logo", "alt", ""), "file", "", new byte[0],
                operator.csrfToken());
        assertThat(none.status()).isEqualTo(422);
        assertThat(valid("no file", none)).contains("id=\"file-error\"");
        assertThat(operator.get(library(twins.a)).body()).as("nothing was stored").doesNotContain("page.png")
                .doesNotContain("bomb.png").doesNotContain("huge.png");
    }

    @Test
    void anotherBeltsSlugAndImagesAreRefused() {
        ConsoleSession operator = operatorOfA();
        ConsoleSession admin = ConsoleSession.login(port, ADMIN, ADMIN_PASSWORD);
        seeOther(upload(admin, twins.b, "b-logo.png", TestImages.picture("png", 32, 32, Color.GREEN), "B"));
        Matcher ofB = DELETE_LINK.matcher(admin.get(library(twins.b)).body());
        assertThat(ofB.find()).isTrue();
        String idOfB = ofB.group(1);

        assertThat(operator.get(library(twins.b)).status()).isEqualTo(403);
        assertThat(upload(operator, twins.b, "x.png", TestImages.picture("png", 8, 8, Color.RED), "x").status()).isEqualTo(403);
        assertThat(operator.get(library(twins.b) + "/" + idOfB + "/delete").status()).isEqualTo(403);
        assertThat(operator.postForm(library(twins.b) + "/" + idOfB + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(valid("B's image under A", operator.get(library(twins.a) + "/" + idOfB + "/delete")).length()).isPositive();
        assertThat(operator.get(library(twins.a) + "/" + idOfB + "/delete").status()).isEqualTo(404);
        assertThat(operator.postForm(library(twins.a) + "/" + idOfB + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(admin.get(library(twins.b)).body()).as("B's image is still there").contains("b-logo.png");
    }

    @Test
    void uploadAndDeleteRefuseAMissingOrForeignCsrfTokenAndReadersSeeNoForm() {
        ConsoleSession operator = operatorOfA();
        ConsoleSession stranger = operatorOfA();
        byte[] png = TestImages.picture("png", 8, 8, Color.RED);
        assertThat(operator.postFile(library(twins.a), Map.of("kind", "logo"), "file", "a.png", png, null).status()).isEqualTo(403);
        assertThat(operator.postFile(library(twins.a), Map.of("kind", "logo"), "file", "a.png", png, stranger.csrfToken()).status())
                .isEqualTo(403);
        seeOther(upload(operator, twins.a, "kept.png", png, ""));
        Matcher delete = DELETE_LINK.matcher(operator.get(library(twins.a)).body());
        assertThat(delete.find()).isTrue();
        String path = library(twins.a) + "/" + delete.group(1) + "/delete";
        assertThat(operator.postForm(path, Map.of(), null).status()).isEqualTo(403);
        assertThat(operator.postForm(path, Map.of(), stranger.csrfToken()).status()).isEqualTo(403);
        assertThat(operator.get(library(twins.a)).body()).contains("kept.png");

        ConsoleSession campaigns = personOfA("campaign_manager");
        String readOnly = valid("read only", campaigns.get(library(twins.a)));
        assertThat(readOnly).contains("kept.png").doesNotContain("enctype=").doesNotContain("/delete\"");
        assertThat(upload(campaigns, twins.a, "c.png", png, "").status()).isEqualTo(403);
        assertThat(campaigns.get(path).status()).isEqualTo(403);
    }
}
