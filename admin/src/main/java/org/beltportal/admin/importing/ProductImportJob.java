package org.beltportal.admin.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.beltportal.core.job.JobProgress;
import org.beltportal.core.job.RowError;
import org.beltportal.core.product.DraftProblem;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductImport;
import org.beltportal.core.product.ProductImporter;
import org.beltportal.core.system.RequestsFirst;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.TenantId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The work of one import job: a counting pass for the total, then rows streamed from the file, parsed,
 * and handed to {@link ProductImporter} in batches of {@value #BATCH_ROWS}. Rows past the limit are
 * reported as one error; the temp file is deleted when the job ends, however it ends. Before each batch the
 * job gives way to requests ({@link RequestsFirst}): an import during a festival's peak takes longer instead
 * of slowing every buyer.
 */
@Component
@EnableConfigurationProperties(ImportProperties.class)
class ProductImportJob {

    static final String KIND = "import";
    static final int BATCH_ROWS = 500;
    /** Long descriptions make long rows: a batch also ends at this many characters, about 4 MB of SQL at most. */
    static final long BATCH_CHARS = 1_000_000;

    private final ProductImporter importer;
    private final SupplierService suppliers;
    private final RowParser parser = new RowParser();
    private final RequestsFirst requestsFirst;
    private final long maxRows;

    ProductImportJob(ProductImporter importer, SupplierService suppliers, RequestsFirst requestsFirst,
                     ImportProperties properties) {
        this.importer = importer;
        this.suppliers = suppliers;
        this.requestsFirst = requestsFirst;
        this.maxRows = properties.maxRows();
    }

    /** {@code createCategories}: whether unknown category paths are created rather than reported as row errors. */
    String run(ImportFile file, String actor, TenantId tenantId, boolean createCategories, JobProgress progress) {
        ProductImport run = new ProductImport(actor, tenantId, createCategories);
        long started = System.nanoTime();
        Batch batch = new Batch();
        try {
            importRows(file, batch, run, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                importer.finish(run, progress.jobId(), file.name());
            } finally {
                file.delete();
            }
        }
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        long rows = progress.processedSoFar();
        return "created " + run.created() + ", updated " + run.updated() + ", failed " + run.failed() + " of " + rows
                + " rows in " + millis + " ms (" + rows * 1000 / millis + " rows/s, " + batch.pausedMillis
                + " ms of it giving way to requests)";
    }

    private void importRows(ImportFile file, Batch batch, ProductImport run, JobProgress progress) throws IOException {
        progress.total(file.countRows(maxRows));
        try (RowSource source = file.open()) {
            long taken = 0;
            for (Iterator<SourceRow> rows = source.rows().iterator(); rows.hasNext(); ) {
                SourceRow row = rows.next();
                if (taken++ == maxRows) {
                    batch.errors.add(new RowError(row.number(), null,
                            "this row and the ones after it were not imported: at most " + maxRows + " rows per import"));
                    break;
                }
                batch.add(parser.parse(row), row.chars());
                if (batch.isFull()) {
                    flush(batch, run, progress);
                }
            }
        } catch (UnreadableFileException e) {
            batch.errors.add(new RowError(e.row(), null, e.getMessage()));
        }
        flush(batch, run, progress);
    }

    /** Writes the batch's valid rows and reports its rows and errors (in row order) in one go. */
    private void flush(Batch batch, ProductImport run, JobProgress progress) {
        withNamedSuppliers(batch, run.tenantId());
        if (!batch.drafts.isEmpty()) {
            batch.pausedMillis += requestsFirst.pause().toMillis();
            for (DraftProblem problem : importer.importBatch(run, batch.drafts, batch.categoriesEn)) {
                batch.errors.add(RowParser.rowError(batch.rowNumbers.get(problem.index()), problem.field(), problem.message()));
            }
        }
        run.countFailed(batch.refused);
        batch.errors.sort(Comparator.comparingLong(RowError::row));
        batch.errors.forEach(progress::error);
        progress.processed(batch.rows);
        batch.clear();
    }

    /** Gives the rows that name their supplier its id, and turns those whose supplier is unknown or ambiguous into errors. */
    private void withNamedSuppliers(Batch batch, TenantId tenantId) {
        List<String> named = batch.suppliers.stream().filter(Objects::nonNull).toList();
        if (named.isEmpty()) {
            return;
        }
        SupplierNames names = SupplierNames.lookUp(suppliers, tenantId, named);
        for (int i = batch.drafts.size() - 1; i >= 0; i--) {
            String supplier = batch.suppliers.get(i);
            if (supplier == null) {
                continue;
            }
            Optional<Long> id = names.id(supplier);
            if (id.isPresent()) {
                batch.drafts.set(i, batch.drafts.get(i).withSupplierId(id.get()));
            } else {
                batch.errors.add(new RowError(batch.rowNumbers.get(i), Column.SUPPLIER.header(), names.problem(supplier)));
                batch.refuse(i);
            }
        }
    }

    /**
     * Rows read since the last flush: valid drafts with their suppliers' names, their English category names and
     * their row numbers, and the errors of the others; and the time the whole import has waited for requests so far.
     */
    private static final class Batch {
        final List<ProductDraft> drafts = new ArrayList<>();
        final List<String> suppliers = new ArrayList<>();
        final List<String> categoriesEn = new ArrayList<>();
        final List<Long> rowNumbers = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();
        long rows;
        long refused;
        long chars;
        long pausedMillis;

        void add(ParsedRow parsed, long rowChars) {
            rows++;
            if (parsed.isValid()) {
                drafts.add(parsed.draft());
                suppliers.add(parsed.supplier());
                categoriesEn.add(parsed.categoryEn());
                rowNumbers.add(parsed.row());
                chars += rowChars;
            } else {
                refused++;
                errors.addAll(parsed.errors());
            }
        }

        /** Takes valid row {@code index} out again: its supplier turned out unknown. */
        void refuse(int index) {
            drafts.remove(index);
            suppliers.remove(index);
            categoriesEn.remove(index);
            rowNumbers.remove(index);
            refused++;
        }

        boolean isFull() {
            return rows >= BATCH_ROWS || chars >= BATCH_CHARS;
        }

        void clear() {
            drafts.clear();
            suppliers.clear();
            categoriesEn.clear();
            rowNumbers.clear();
            errors.clear();
            rows = 0;
            refused = 0;
            chars = 0;
        }
    }
}
