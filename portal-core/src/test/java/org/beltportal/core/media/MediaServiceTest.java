package org.beltportal.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.beltportal.core.audit.AuditEntry;
import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.testing.TestImages;
import org.beltportal.core.testing.TwoBelts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The library on the real database and a real directory: what is stored where, per belt, and when it goes. */
@SpringBootTest(properties = "portal.media.max-upload=200KB")
class MediaServiceTest extends TestDatabase {

    @Autowired
    MediaService media;
    @Autowired
    MediaStorage storage;
    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    AuditLog audit;

    TwoBelts belts;
    final byte[] logo = TestImages.transparentPng(400, 200);

    @BeforeEach
    void twoBelts() {
        belts = TwoBelts.create(tenants, suppliers);
    }

    @Test
    void uploadStoresTheFileAndAThumbnailUnderTheBeltAndItsHash() throws IOException {
        Media uploaded = upload(belts.zhili().id(), TestImages.picture("png", 800, 600, Color.RED), "照片.JPG", MediaKind.PRODUCT);

        assertThat(uploaded.contentType()).isEqualTo("image/png");
        assertThat(uploaded.url()).isEqualTo("/media/" + uploaded.sha256() + ".png");
        assertThat(uploaded.thumbnailUrl()).isEqualTo("/media/thumbs/" + uploaded.sha256() + ".jpg");
        assertThat(uploaded.width()).isEqualTo(800);
        assertThat(uploaded.originalName()).isEqualTo("照片.JPG");
        assertThat(files(belts.zhili().id())).containsExactlyInAnyOrder(uploaded.sha256() + ".png", "thumbs/" + uploaded.sha256() + ".jpg");
        assertThat(media.page(belts.zhili().id(), null, new PageQuery(0, 10)).items()).containsExactly(uploaded);
        assertThat(audit.forTenant(belts.zhili().id(), null, 5)).extracting(AuditEntry::action).contains("media.create");
    }

    @Test
    void sameImageTwiceInABeltIsStoredOnceAndItsFileGoesWithTheLastRow() throws IOException {
        TenantId zhili = belts.zhili().id();
        Media asLogo = upload(zhili, logo, "logo.png", MediaKind.LOGO);
        Media asHero = upload(zhili, logo, "logo-again.png", MediaKind.HERO);
        assertThat(asHero.id()).isNotEqualTo(asLogo.id());
        assertThat(files(zhili)).hasSize(2);

        media.delete("tester", zhili, asLogo.id());
        assertThat(files(zhili)).hasSize(2);
        assertThat(media.open(zhili, asHero.sha256(), ImageType.PNG, false)).isPresent().get()
                .satisfies(file -> file.content().close());

        media.delete("tester", zhili, asHero.id());
        assertThat(files(zhili)).isEmpty();
        assertThat(media.open(zhili, asHero.sha256(), ImageType.PNG, false)).isEmpty();
    }

    @Test
    void sameImageInTwoBeltsIsTwoFilesAndNeitherBeltReachesTheOther() throws IOException {
        Media inZhili = upload(belts.zhili().id(), logo, "logo.png", MediaKind.LOGO);
        Media inBaigou = upload(belts.baigou().id(), logo, "logo.png", MediaKind.LOGO);
        assertThat(inBaigou.url()).isEqualTo(inZhili.url());

        TenantId baigou = belts.baigou().id();
        assertThatThrownBy(() -> media.require(baigou, inZhili.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> media.delete("tester", baigou, inZhili.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> media.describe("tester", baigou, inZhili.id(), new MediaChange(MediaKind.HERO, "改")))
                .isInstanceOf(NotFoundException.class);

        media.delete("tester", baigou, inBaigou.id());
        assertThat(files(baigou)).isEmpty();
        assertThat(files(belts.zhili().id())).hasSize(2);
        assertThat(media.require(belts.zhili().id(), inZhili.id()).alt()).isNull();
    }

    @Test
    void concurrentUploadsOfTheSameImageAllLandOnOneFile() throws Exception {
        TenantId zhili = belts.zhili().id();
        List<Callable<Media>> uploads = List.of(() -> upload(zhili, logo, "a.png", MediaKind.LOGO),
                () -> upload(zhili, logo, "b.png", MediaKind.HERO), () -> upload(zhili, logo, "c.png", MediaKind.OTHER),
                () -> upload(zhili, logo, "d.png", MediaKind.BANNER));
        ExecutorService pool = Executors.newFixedThreadPool(uploads.size());
        List<Media> stored = new ArrayList<>();
        try {
            for (Future<Media> upload : pool.invokeAll(uploads)) {
                stored.add(upload.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(stored).extracting(Media::sha256).containsOnly(stored.getFirst().sha256());
        assertThat(files(zhili)).hasSize(2);
        for (Media media : stored) {
            this.media.delete("tester", zhili, media.id());
        }
        assertThat(files(zhili)).isEmpty();
    }

    @Test
    void refusedUploadsLeaveNoRowAndNoFile() {
        TenantId zhili = belts.zhili().id();
        assertThatThrownBy(() -> upload(zhili, TestImages.html(), "page.png", MediaKind.OTHER)).isInstanceOf(UnsupportedImageException.class);
        assertThatThrownBy(() -> upload(zhili, TestImages.pngBomb(100_000, 100_000), "bomb.png", MediaKind.OTHER))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> upload(zhili, TestImages.damaged(logo, 40), "broken.png", MediaKind.OTHER))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> upload(zhili, new byte[300 * 1024], "huge.png", MediaKind.OTHER))
                .isInstanceOf(UploadTooLargeException.class);
        assertThatThrownBy(() -> upload(zhili, logo, "logo.png", null)).isInstanceOf(InvalidInputException.class);

        assertThat(media.page(zhili, null, new PageQuery(0, 10)).total()).isZero();
        assertThat(files(zhili)).isEmpty();
    }

    @Test
    void describeChangesKindAndAltAndListsFilterByKind() throws IOException {
        TenantId zhili = belts.zhili().id();
        Media logoRow = upload(zhili, logo, "logo.png", MediaKind.LOGO);
        upload(zhili, TestImages.picture("jpeg", 100, 100, Color.BLUE), "p.jpg", MediaKind.PRODUCT);

        Media described = media.describe("tester", zhili, logoRow.id(), new MediaChange(MediaKind.BANNER, "  织里童装节横幅  "));

        assertThat(described.alt()).isEqualTo("织里童装节横幅");
        assertThat(media.page(zhili, MediaKind.BANNER, new PageQuery(0, 10)).items()).containsExactly(described);
        assertThat(media.page(zhili, MediaKind.LOGO, new PageQuery(0, 10)).total()).isZero();
        assertThatThrownBy(() -> media.describe("tester", zhili, logoRow.id(), new MediaChange(MediaKind.LOGO, "x".repeat(301))))
                .isInstanceOf(InvalidInputException.class);
    }

    private Media upload(TenantId tenant, byte[] content, String name, MediaKind kind) throws IOException {
        try (InputStream in = new ByteArrayInputStream(content)) {
            return media.upload("tester", tenant, in, name, new MediaChange(kind, null));
        }
    }

    /** The belt's stored files, relative to its directory. */
    private List<String> files(TenantId tenant) {
        Path dir = ((FileSystemMediaStorage) storage).root().resolve(Long.toString(tenant.value()));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).map(Path::toString).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
