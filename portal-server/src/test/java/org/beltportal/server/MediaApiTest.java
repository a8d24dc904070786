package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.imageio.ImageIO;

import org.beltportal.core.testing.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The media library over real HTTP, files on a real directory: upload, list, describe, serve on the belt's
 * host and under /t/{slug}/, delete; files that lie about their type, are too large, declare a pixel bomb
 * or are damaged; and a region operator of belt A with belt B's ids and file names in every URL.
 */
@TestPropertySource(properties = {"portal.media.max-upload=300KB", "portal.media.max-pixels=25000000"})
class MediaApiTest extends PortalServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    TwinBelts twins;
    Api admin;
    Api operatorOfA;

    @BeforeEach
    void twinsAndAnOperatorOfA() {
        admin = admin();
        twins = new TwinBelts(admin);
        operatorOfA = newOperatorOf(admin, twins.a);
    }

    private static String media(String slug) {
        return "/admin/api/v1/tenants/" + slug + "/media";
    }

    @Test
    void uploadListDescribeAndServeOnTheBeltsHostWithImmutableCaching() throws Exception {
        byte[] png = TestImages.picture("png", 640, 480, Color.RED);
        Api.Response uploaded = operatorOfA.sendMultipart(media(twins.a) + "?kind=logo&alt=" + encode("织里标志"), "file", "logo.jpg", png);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode created = uploaded.json();
        assertThat(uploaded.headers().firstValue("Location")).contains(media(twins.a) + "/" + created.get("id").asLong());
        assertThat(created.get("contentType").asString()).isEqualTo("image/png");
        assertThat(created.get("url").asString()).matches("/media/[0-9a-f]{64}\\.png");
        assertThat(created.get("thumbnailUrl").asString()).matches("/media/thumbs/[0-9a-f]{64}\\.jpg");
        assertThat(created.get("width").asInt()).isEqualTo(640);
        assertThat(created.get("height").asInt()).isEqualTo(480);
        assertThat(created.get("bytes").asLong()).isEqualTo(png.length);
        assertThat(created.get("kind").asString()).isEqualTo("logo");
        assertThat(created.get("alt").asString()).isEqualTo("织里标志");
        long id = created.get("id").asLong();

        assertThat(operatorOfA.get(media(twins.a) + "?kind=logo").json().get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(operatorOfA.get(media(twins.a) + "?kind=hero").json().get("total").asLong()).isZero();
        assertThat(operatorOfA.get(media(twins.a) + "?kind=poster").status()).isEqualTo(422);
        Api.Response patched = operatorOfA.patch(media(twins.a) + "/" + id, "{\"kind\": \"hero\"}");
        assertThat(patched.json().get("kind").asString()).isEqualTo("hero");
        assertThat(patched.json().get("alt").asString()).isEqualTo("织里标志");
        assertThat(operatorOfA.patch(media(twins.a) + "/" + id, "{\"url\": \"/media/x.png\"}").status()).isEqualTo(400);

        String url = created.get("url").asString();
        HttpResponse<byte[]> file = fetch(twins.inA.host(), url, null);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(png);
        assertThat(file.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(file.headers().firstValue("Content-Length")).contains(Integer.toString(png.length));
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("max-age=31536000", "public", "immutable"));
        String etag = file.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + created.get("sha256").asString() + "\"");
        assertThat(fetch(twins.inA.host(), url, etag).statusCode()).isEqualTo(304);
        assertThat(fetch("localhost", "/t/" + twins.a + url, null).body()).isEqualTo(png);

        HttpResponse<byte[]> thumbnail = fetch(twins.inA.host(), created.get("thumbnailUrl").asString(), null);
        assertThat(thumbnail.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail.body())).getWidth()).isEqualTo(320);
    }

    @Test
    void filesAreJudgedByContentAndLimitedBeforeAnythingIsStored() throws Exception {
        String upload = media(twins.a);
        expectRefused(operatorOfA.sendMultipart(upload, "file", "page.png", TestImages.html()), 415, "unsupported_media_type");
        expectRefused(operatorOfA.sendMultipart(upload, "file", "icon.png", TestImages.svg()), 415, "unsupported_media_type");
        expectRefused(operatorOfA.sendMultipart(upload, "file", "bomb.png", TestImages.pngBomb(100_000, 100_000)), 422, "invalid");
        expectRefused(operatorOfA.sendMultipart(upload, "file", "broken.png",
                TestImages.damaged(TestImages.picture("png", 300, 300, Color.BLUE), 40)), 422, "invalid");
        expectRefused(operatorOfA.sendMultipart(upload, "file", "huge.png", new byte[400 * 1024]), 413, "payload_too_large");
        expectRefused(operatorOfA.sendMultipart(upload, "picture", "logo.png", TestImages.transparentPng(10, 10)), 422, "invalid");
        expectRefused(operatorOfA.sendMultipart(upload + "?kind=poster", "file", "logo.png", TestImages.transparentPng(10, 10)), 422, "invalid");
        expectRefused(operatorOfA.sendMultipart(upload + "?alt=" + "长".repeat(301), "file", "logo.png",
                TestImages.transparentPng(10, 10)), 422, "invalid");

        assertThat(operatorOfA.get(upload).json().get("total").asLong()).isZero();
    }

    @Test
    void aGifNamedJpgIsStoredAsTheGifItIs() throws Exception {
        Api.Response uploaded = operatorOfA.sendMultipart(media(twins.a), "file", "photo.jpg", TestImages.picture("gif", 40, 30, Color.GREEN));

        assertThat(uploaded.json().get("contentType").asString()).isEqualTo("image/gif");
        assertThat(uploaded.json().get("url").asString()).endsWith(".gif");
        assertThat(fetch(twins.inA.host(), uploaded.json().get("url").asString(), null).headers().firstValue("Content-Type"))
                .contains("image/gif");
    }

    @Test
    void anotherBeltsIdsAndFilesAreNotFoundAndUntouched() throws Exception {
        byte[] png = TestImages.transparentPng(64, 64);
        JsonNode inB = admin.sendMultipart(media(twins.b), "file", "logo.png", png).json();
        long idInB = inB.get("id").asLong();
        String bUrl = inB.get("url").asString();

        assertThat(operatorOfA.get(media(twins.a) + "/" + idInB).status()).isEqualTo(404);
        assertThat(operatorOfA.patch(media(twins.a) + "/" + idInB, "{\"alt\": \"改掉别人的\"}").status()).isEqualTo(404);
        assertThat(operatorOfA.delete(media(twins.a) + "/" + idInB).status()).isEqualTo(404);
        assertThat(operatorOfA.get(media(twins.b)).status()).isEqualTo(403);
        assertThat(operatorOfA.sendMultipart(media(twins.b), "file", "logo.png", png).status()).isEqualTo(403);
        assertThat(fetch(twins.inA.host(), bUrl, null).statusCode()).isEqualTo(404);
        assertThat(fetch(twins.inA.host(), inB.get("thumbnailUrl").asString(), null).statusCode()).isEqualTo(404);
        assertThat(fetch("localhost", "/t/" + twins.a + bUrl, null).statusCode()).isEqualTo(404);
        assertThat(fetch("localhost", bUrl, null).statusCode()).isEqualTo(404);

        JsonNode stillInB = admin.get(media(twins.b) + "/" + idInB).json();
        assertThat(stillInB.get("alt").isNull()).isTrue();
        assertThat(fetch(twins.inB.host(), bUrl, null).body()).isEqualTo(png);

        // The same bytes in A: A's own file under the same name, and deleting it leaves B's in place.
        long idInA = operatorOfA.sendMultipart(media(twins.a), "file", "logo.png", png).id();
        assertThat(fetch(twins.inA.host(), bUrl, null).statusCode()).isEqualTo(200);
        assertThat(operatorOfA.delete(media(twins.a) + "/" + idInA).status()).isEqualTo(204);
        assertThat(fetch(twins.inA.host(), bUrl, null).statusCode()).isEqualTo(404);
        assertThat(fetch(twins.inB.host(), bUrl, null).statusCode()).isEqualTo(200);
    }

    @Test
    void deletingTheLastUseRemovesTheFile() throws Exception {
        byte[] png = TestImages.picture("png", 50, 50, Color.ORANGE);
        long first = operatorOfA.sendMultipart(media(twins.a) + "?kind=logo", "file", "a.png", png).id();
        JsonNode second = operatorOfA.sendMultipart(media(twins.a) + "?kind=hero", "file", "b.png", png).json();
        String url = second.get("url").asString();

        assertThat(operatorOfA.delete(media(twins.a) + "/" + first).status()).isEqualTo(204);
        assertThat(fetch(twins.inA.host(), url, null).statusCode()).isEqualTo(200);
        assertThat(operatorOfA.delete(media(twins.a) + "/" + second.get("id").asLong()).status()).isEqualTo(204);
        assertThat(fetch(twins.inA.host(), url, null).statusCode()).isEqualTo(404);
        assertThat(fetch(twins.inA.host(), second.get("thumbnailUrl").asString(), null).statusCode()).isEqualTo(404);
        assertThat(operatorOfA.get(media(twins.a) + "/" + first).status()).isEqualTo(404);
    }

    @Test
    void aMediaUrlOfTheBeltIsAcceptedAsLogoHeroAndProductImage() throws Exception {
        JsonNode logo = operatorOfA.sendMultipart(media(twins.a) + "?kind=logo", "file", "logo.png", TestImages.transparentPng(80, 80)).json();
        String url = logo.get("url").asString();

        Api.Response branding = operatorOfA.patch("/admin/api/v1/tenants/" + twins.a + "/branding",
                "{\"logoUrl\": \"" + url + "\", \"heroImages\": [\"" + url + "\", \"https://img.example.com/hero.jpg\"]}");
        assertThat(branding.status()).as(branding.toString()).isEqualTo(200);
        Api.Response product = operatorOfA.patch("/admin/api/v1/tenants/" + twins.a + "/products/" + twins.inA.productId(),
                "{\"images\": [\"" + url + "\"]}");
        assertThat(product.status()).as(product.toString()).isEqualTo(200);

        String home = anonymous().onHost(twins.inA.host()).get("/").body();
        assertThat(home).contains("src=\"" + url + "\"");
        assertThat(fetch(twins.inA.host(), url, null).statusCode()).isEqualTo(200);
    }

    private static void expectRefused(Api.Response response, int status, String error) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("error").asString()).isEqualTo(error);
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    /** A GET of raw bytes with the given Host, optionally conditional. */
    private HttpResponse<byte[]> fetch(String host, String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Host", host);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
