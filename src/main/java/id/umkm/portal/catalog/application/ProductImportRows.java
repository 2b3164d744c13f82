package id.umkm.portal.catalog.application;

import static id.umkm.portal.catalog.application.ProductImportColumns.CATEGORY;
import static id.umkm.portal.catalog.application.ProductImportColumns.DESCRIPTION;
import static id.umkm.portal.catalog.application.ProductImportColumns.NAME;
import static id.umkm.portal.catalog.application.ProductImportColumns.PRICE;
import static id.umkm.portal.catalog.application.ProductImportColumns.STATUS;
import static id.umkm.portal.catalog.application.ProductImportColumns.STOCK;
import static id.umkm.portal.catalog.application.ProductImportColumns.UNIT;
import static id.umkm.portal.catalog.application.ProductImportColumns.WEIGHT;

import id.umkm.portal.catalog.domain.ProductDetails;
import id.umkm.portal.shared.domain.RuleViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns the file's records into numbered rows, and a row's text cells into product details or problems. */
public final class ProductImportRows {

    public static final int MAX_ROWS = 5000;

    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    /** A row that passed every check: what to save, and whether to publish it at once. */
    public record Parsed(ProductDetails details, boolean publish) {
    }

    /** Either parsed details or the row's problems, never both. */
    public record Outcome(Parsed parsed, List<ImportProblem> problems) {
    }

    private ProductImportRows() {
    }

    /** The header names the columns (in any order); every following non-blank record is a row. */
    public static List<ImportRow> rows(List<List<String>> records) {
        if (records.isEmpty()) {
            throw new RuleViolation("file", "product.import.empty");
        }
        List<String> header = records.get(0);
        List<String> columns = new ArrayList<>();
        for (String cell : header) {
            columns.add(ProductImportColumns.of(cell).orElse(null));
        }
        List<String> missing = ProductImportColumns.REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation("file", "product.import.missingColumns", String.join(", ", missing));
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Map<String, String> cells = new HashMap<>();
            List<String> record = records.get(i);
            for (int c = 0; c < Math.min(record.size(), columns.size()); c++) {
                if (columns.get(c) != null) {
                    cells.put(columns.get(c), record.get(c));
                }
            }
            ImportRow row = new ImportRow(i + 1, cells);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new RuleViolation("file", "product.import.empty");
        }
        if (rows.size() > MAX_ROWS) {
            throw new RuleViolation("file", "product.import.tooManyRows", MAX_ROWS);
        }
        return rows;
    }

    /**
     * @param categories category ids by their slug and by their number as text
     */
    public static Outcome parse(ImportRow row, Map<String, Short> categories) {
        List<ImportProblem> problems = new ArrayList<>();
        String categoryText = row.cell(CATEGORY).toLowerCase(Locale.ROOT);
        Short categoryId = categories.get(categoryText);
        if (categoryText.isEmpty()) {
            problems.add(problem(row, CATEGORY, "product.category.required"));
        } else if (categoryId == null) {
            problems.add(problem(row, CATEGORY, "product.import.categoryUnknown", row.cell(CATEGORY)));
        }
        Long price = rupiah(row, problems);
        Integer stock = whole(row, STOCK, true, problems);
        Integer weight = whole(row, WEIGHT, false, problems);
        Boolean publish = publish(row, problems);
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        String description = row.cell(DESCRIPTION);
        ProductDetails details = new ProductDetails(row.cell(NAME), description.isEmpty() ? null : description,
                categoryId, price, stock, row.cell(UNIT), weight, List.of());
        try {
            return new Outcome(new Parsed(details.validated(), publish), List.of());
        } catch (RuleViolation broken) {
            return new Outcome(null, List.of(new ImportProblem(row.number(),
                    ProductImportColumns.forField(broken.field()), broken.messageKey(), broken.args())));
        }
    }

    /** "15000", "15.000" and "Rp 15.000" all mean fifteen thousand rupiah. */
    private static Long rupiah(ImportRow row, List<ImportProblem> problems) {
        String text = row.cell(PRICE).replaceFirst("(?i)^rp\\.?\\s*", "").strip();
        if (text.isEmpty()) {
            problems.add(problem(row, PRICE, "product.price.required"));
            return null;
        }
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(".", "");
        }
        if (!DIGITS.matcher(text).matches()) {
            problems.add(problem(row, PRICE, "product.import.notRupiah", row.cell(PRICE)));
            return null;
        }
        return Long.parseLong(text);
    }

    private static Integer whole(ImportRow row, String column, boolean required, List<ImportProblem> problems) {
        String text = row.cell(column).replace(".", "");
        if (text.isEmpty()) {
            if (required) {
                problems.add(problem(row, column, "product.import.required"));
            }
            return null;
        }
        if (!text.matches("\\d{1,9}")) {
            problems.add(problem(row, column, "product.import.notWholeNumber", row.cell(column)));
            return null;
        }
        return Integer.parseInt(text);
    }

    private static Boolean publish(ImportRow row, List<ImportProblem> problems) {
        String text = row.cell(STATUS).toUpperCase(Locale.ROOT);
        return switch (text) {
            case "", "DRAFT" -> false;
            case "PUBLISHED" -> true;
            default -> {
                problems.add(problem(row, STATUS, "product.import.statusUnknown", row.cell(STATUS)));
                yield false;
            }
        };
    }

    private static ImportProblem problem(ImportRow row, String column, String key, Object... args) {
        return new ImportProblem(row.number(), column, key, args);
    }
}
