package id.umkm.portal.catalog.application;

import id.umkm.portal.catalog.infrastructure.ProductImportTemplate;
import id.umkm.portal.shared.infrastructure.Texts;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The per-row error report of an import, as a CSV a seller opens next to their file. */
public final class ImportReport {

    private ImportReport() {
    }

    public static byte[] csv(ImportJob job, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF")
                .append(Texts.get(locale, "product.import.report.header")).append("\r\n");
        for (ImportProblem problem : job.problems().stream()
                .sorted((a, b) -> Integer.compare(a.row(), b.row())).toList()) {
            csv.append(problem.row()).append(',')
                    .append(ProductImportTemplate.quoted(problem.column())).append(',')
                    .append(ProductImportTemplate.quoted(problem.message(locale))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
