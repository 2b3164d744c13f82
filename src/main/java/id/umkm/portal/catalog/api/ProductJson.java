package id.umkm.portal.catalog.api;

import id.umkm.portal.catalog.application.ImportJob;
import id.umkm.portal.catalog.application.ImportProblem;
import id.umkm.portal.catalog.application.ProductSnapshot;
import id.umkm.portal.catalog.domain.ProductDetails;
import id.umkm.portal.catalog.domain.VariantSpec;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The JSON shapes of the seller's product API. */
public final class ProductJson {

    private ProductJson() {
    }

    public record VariantJson(String size, String colour, Long price, Integer stock) {
    }

    /** What a seller sends to create or change a product; version is required on change. */
    public record ProductInput(String name, String description, Short categoryId, Long price, Integer stock, String unit,
            Integer weightGrams, List<VariantJson> variants, List<Long> photoIds, Integer version) {

        ProductDetails details() {
            List<VariantSpec> specs = variants == null ? List.of()
                    : variants.stream().map(v -> new VariantSpec(v.size(), v.colour(), v.price(), v.stock())).toList();
            return new ProductDetails(name, description, categoryId, price, stock, unit, weightGrams, specs);
        }
    }

    public record StatusChange(String status, Integer version) {
    }

    public record PhotoJson(long id, String url, String thumbnailUrl) {
    }

    public record ProductView(long id, String name, String slug, String description, short categoryId, long price,
            int stock, String unit, Integer weightGrams, String status, boolean visible, boolean hasVariants,
            List<VariantJson> variants, List<PhotoJson> photos, int version, String url, Instant updatedAt) {

        static ProductView of(ProductSnapshot p) {
            return new ProductView(p.id(), p.name(), p.slug(), p.description(), p.categoryId(), p.price().rupiah(),
                    p.stock(), p.unit(), p.weightGrams(), p.status().name(), p.visible(), p.hasVariants(),
                    p.variants().stream().map(v -> new VariantJson(v.size(), v.colour(), v.priceRupiah(), v.stock())).toList(),
                    p.photoIds().stream().map(id -> new PhotoJson(id, "/media/" + id, "/media/" + id + "/thumb")).toList(),
                    p.version(), p.path(), p.updatedAt());
        }
    }

    public record ProblemRow(int row, String column, String message) {
    }

    public record ImportStatus(String id, String fileName, int total, int processed, int saved, int failedRows,
            boolean finished, List<ProblemRow> problems) {

        static ImportStatus of(ImportJob job, Locale locale) {
            return new ImportStatus(job.id(), job.fileName(), job.total(), job.processed(), job.savedCount(),
                    job.failedCount(), job.isFinished(),
                    job.problems().stream().map(p -> row(p, locale)).toList());
        }

        private static ProblemRow row(ImportProblem p, Locale locale) {
            return new ProblemRow(p.row(), p.column(), p.message(locale));
        }
    }
}
