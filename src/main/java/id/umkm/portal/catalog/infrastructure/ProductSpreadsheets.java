package id.umkm.portal.catalog.infrastructure;

import id.umkm.portal.catalog.application.ProductCategoryOption;
import id.umkm.portal.catalog.application.ProductImportColumns;
import id.umkm.portal.catalog.application.ProductImportRows;
import id.umkm.portal.catalog.domain.ProductUnit;
import id.umkm.portal.shared.domain.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The xlsx side of the import: reading the seller's workbook and writing the template. */
public final class ProductSpreadsheets {

    /** A zip bomb inside an xlsx would otherwise unpack to gigabytes. */
    private static final int MAX_CELLS = ProductImportRows.MAX_ROWS * 12;

    private ProductSpreadsheets() {
    }

    /** The first sheet's rows as text, exactly as Excel shows them. */
    public static List<List<String>> records(byte[] content) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > ProductImportRows.MAX_ROWS + 1) {
                throw new RuleViolation("file", "product.import.tooManyRows", ProductImportRows.MAX_ROWS);
            }
            List<List<String>> records = new ArrayList<>();
            int cells = 0;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> record = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        record.add(cell == null ? "" : formatter.formatCellValue(cell));
                        if (++cells > MAX_CELLS) {
                            throw new RuleViolation("file", "product.import.tooManyRows", ProductImportRows.MAX_ROWS);
                        }
                    }
                }
                records.add(record);
            }
            return records;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RuleViolation violation) {
                throw violation;
            }
            throw new RuleViolation("file", "product.import.unreadable");
        }
    }

    public static byte[] template(List<ProductCategoryOption> categories) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet products = workbook.createSheet("produk");
            write(products, 0, ProductImportColumns.ALL, bold);
            int r = 1;
            for (List<String> example : ProductImportTemplate.EXAMPLES) {
                write(products, r++, example, null);
            }
            for (int c = 0; c < ProductImportColumns.ALL.size(); c++) {
                products.setColumnWidth(c, c == 1 ? 40 * 256 : 18 * 256);
            }
            Sheet lists = workbook.createSheet("kategori-dan-satuan");
            write(lists, 0, List.of("kategori", "nama kategori", "satuan"), bold);
            List<String> units = ProductUnit.codes();
            for (int i = 0; i < Math.max(categories.size(), units.size()); i++) {
                ProductCategoryOption category = i < categories.size() ? categories.get(i) : null;
                write(lists, i + 1, List.of(category == null ? "" : category.slug(),
                        category == null ? "" : category.nameId(), i < units.size() ? units.get(i) : ""), null);
            }
            lists.setColumnWidth(0, 36 * 256);
            lists.setColumnWidth(1, 44 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, int rowNumber, List<String> values, CellStyle style) {
        Row row = sheet.createRow(rowNumber);
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(values.get(c));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
