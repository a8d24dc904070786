package org.beltportal.core.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import javax.imageio.ImageIO;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.media.internal.MediaMapper;
import org.beltportal.core.media.internal.MediaRow;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.Problems;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A belt's media library. An upload is checked before anything is stored: its length while it is received
 * (413), its type by content (415), its pixels by header (422), then decoded once, subsampled, into its
 * thumbnail (which also finds damaged data, 422). Only then are the files and the row written.
 */
@Service
public class MediaService {

    private static final Logger log = LoggerFactory.getLogger(MediaService.class);
    private static final int STORE_ATTEMPTS = 3;

    private final MediaMapper mapper;
    private final MediaStorage storage;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxUpload;
    private final ImageInspector inspector;
    private final Thumbnailer thumbnailer;
    private final TransactionTemplate transaction;
    private final ReentrantLock[] contentLocks = new ReentrantLock[64];

    MediaService(MediaMapper mapper, MediaStorage storage, AuditLog audit, Clock clock, MediaProperties properties,
                 TransactionTemplate transaction) {
        this.mapper = mapper;
        this.transaction = transaction;
        Arrays.setAll(contentLocks, i -> new ReentrantLock());
        this.storage = storage;
        this.audit = audit;
        this.clock = clock;
        this.maxUpload = properties.maxUpload().toBytes();
        this.inspector = new ImageInspector(properties.maxPixels());
        this.thumbnailer = new Thumbnailer(properties.thumbnailWidth());
        // ImageIO registers the plugins (WebP) of the class loader that first touches it; in a packaged jar
        // that may not be the application's, so look again with it.
        ImageIO.scanForPlugins();
    }

    /**
     * Stores an image of the belt. The same content uploaded again makes a second row over the one stored
     * file, so each may have its own kind and text. Receiving and checking run outside any transaction, so
     * a slow upload holds no database connection.
     */
    public Media upload(String actor, TenantId tenantId, InputStream content, String originalName, MediaChange description)
            throws IOException {
        Problems problems = new Problems();
        description.validate(problems);
        problems.throwIfAny();
        try (ReceivedFile file = ReceivedFile.receive(content, maxUpload)) {
            ImageFacts facts = inspector.inspect(file.path());
            Thumbnailer.Thumbnail thumbnail = thumbnailer.make(file.path(), facts);
            ReentrantLock lock = sameContent(file.sha256());
            lock.lock();
            try {
                for (int attempt = 1; ; attempt++) {
                    try {
                        return transaction.execute(status -> store(actor, tenantId, file, facts, thumbnail, originalName, description));
                    } catch (PessimisticLockingFailureException deadlock) {
                        // Two nodes storing the first copy of the same content both hold the gap lock and
                        // both insert: InnoDB rolls one back. Its retry finds the other's row and file.
                        if (attempt == STORE_ATTEMPTS) {
                            throw deadlock;
                        }
                    }
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** The row and its files, under the lock of the belt's rows of the same content (see {@link #removeUnusedFiles}). */
    private Media store(String actor, TenantId tenantId, ReceivedFile file, ImageFacts facts, Thumbnailer.Thumbnail thumbnail,
                        String originalName, MediaChange description) {
        mapper.lockHash(tenantId, file.sha256());
        MediaMapper.NewRow row = new MediaMapper.NewRow(tenantId, file.sha256(), facts.type().contentType(),
                thumbnail.type().contentType(), OriginalNames.clean(originalName), file.bytes(), facts.width(),
                facts.height(), description.kind(), blankToNull(description.alt()), actor, clock.instant());
        mapper.insert(row);
        try {
            String originalKey = MediaKeys.original(tenantId, file.sha256(), facts.type());
            if (!storage.exists(originalKey)) {
                try (InputStream in = Files.newInputStream(file.path())) {
                    storage.put(originalKey, in);
                }
            }
            storage.put(MediaKeys.thumbnail(tenantId, file.sha256(), thumbnail.type()), new ByteArrayInputStream(thumbnail.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Media created = require(tenantId, row.id);
        audit.record(actor, tenantId, "media.create", "media", row.id, null, created);
        return created;
    }

    public Media require(TenantId tenantId, long id) {
        return mapper.findById(tenantId, id).map(MediaService::toMedia).orElseThrow(() -> new NotFoundException("no media " + id));
    }

    /** Newest first; {@code kind} null for every kind. */
    public ResultPage<Media> page(TenantId tenantId, MediaKind kind, PageQuery query) {
        List<Media> items = mapper.findPage(tenantId, kind, query.offset(), query.size()).stream().map(MediaService::toMedia).toList();
        return ResultPage.of(items, mapper.count(tenantId, kind), query);
    }

    @Transactional
    public Media describe(String actor, TenantId tenantId, long id, MediaChange change) {
        Problems problems = new Problems();
        change.validate(problems);
        problems.throwIfAny();
        Media before = require(tenantId, id);
        mapper.updateDescription(tenantId, id, change.kind(), blankToNull(change.alt()));
        Media after = require(tenantId, id);
        audit.record(actor, tenantId, "media.update", "media", id, before, after);
        return after;
    }

    /** Removes the row, then the files if no other row of the belt has the same content. */
    public void delete(String actor, TenantId tenantId, long id) {
        MediaRow row = transaction.execute(status -> {
            MediaRow deleted = mapper.findById(tenantId, id).orElseThrow(() -> new NotFoundException("no media " + id));
            mapper.delete(tenantId, id);
            audit.record(actor, tenantId, "media.delete", "media", id, toMedia(deleted), null);
            return deleted;
        });
        ReentrantLock lock = sameContent(row.sha256());
        lock.lock();
        try {
            transaction.executeWithoutResult(status -> removeUnusedFiles(tenantId, row));
        } finally {
            lock.unlock();
        }
    }

    /**
     * The lock of this node's writers of one content: they queue here instead of meeting on the database's
     * gap lock, where InnoDB would resolve them as deadlocks. The database lock still orders nodes.
     */
    private ReentrantLock sameContent(String sha256) {
        return contentLocks[Math.floorMod(sha256.hashCode(), contentLocks.length)];
    }

    /**
     * Deletes the files of the content once the belt has no row of it left. It runs in a transaction of its
     * own, after the row's delete committed, holding the lock an upload of the same content takes: an upload
     * either committed its row first (the files stay) or finds the files gone and writes them again.
     */
    private void removeUnusedFiles(TenantId tenantId, MediaRow row) {
        mapper.lockHash(tenantId, row.sha256());
        if (mapper.countHash(tenantId, row.sha256()) == 0) {
            deleteFile(MediaKeys.original(tenantId, row.sha256(), typeOf(row.contentType())));
            deleteFile(MediaKeys.thumbnail(tenantId, row.sha256(), typeOf(row.thumbnailType())));
        }
    }

    /**
     * A stored file of the belt by its public file name ({@code <sha256>.<ext>}), for serving; empty when
     * the belt has no such file. The belt's id is part of the key, so no name reaches another belt's files.
     */
    public Optional<MediaStorage.StoredFile> open(TenantId tenantId, String sha256, ImageType type, boolean thumbnail) {
        String key = thumbnail ? MediaKeys.thumbnail(tenantId, sha256, type) : MediaKeys.original(tenantId, sha256, type);
        try {
            return storage.get(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteFile(String key) {
        try {
            storage.delete(key);
        } catch (IOException e) {
            log.warn("Could not delete media file {}; it is unreferenced and may be removed by hand", key, e);
        }
    }

    private static Media toMedia(MediaRow row) {
        ImageType type = typeOf(row.contentType());
        return new Media(row.id(), MediaKeys.url(row.sha256(), type, false),
                MediaKeys.url(row.sha256(), typeOf(row.thumbnailType()), true), row.sha256(), row.originalName(),
                row.contentType(), row.bytes(), row.width(), row.height(), row.kind(), row.alt(), row.createdBy(), row.createdAt());
    }

    private static ImageType typeOf(String contentType) {
        return ImageType.byContentType(contentType).orElseThrow(() -> new IllegalStateException("stored type " + contentType));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
