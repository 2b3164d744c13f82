package id.umkm.portal.consignment.infrastructure;

import id.umkm.portal.consignment.application.ConsignmentReports;
import id.umkm.portal.shared.infrastructure.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Sales report rows as CSV (UTF-8 with BOM, for spreadsheet programs) and xlsx, amounts in whole rupiah. */
public final class ReportExports {

    private static final String[] HEADERS = {"report.col.group", "report.col.units", "report.col.gross", "report.col.commission",
        "report.col.net"};

    private ReportExports() {
    }

    public static byte[] csv(List<ConsignmentReports.Row> rows, Function<String, String> label, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", headers(locale))).append("\r\n");
        for (ConsignmentReports.Row r : rows) {
            out.append(quoted(label.apply(r.label()))).append(',').append(r.units()).append(',').append(r.gross().rupiah())
                    .append(',').append(r.commission().rupiah()).append(',').append(r.net().rupiah()).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<ConsignmentReports.Row> rows, Function<String, String> label, String title, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(Texts.get(locale, "report.sheet"));
            CellStyle bold = book.createCellStyle();
            var font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle rupiah = book.createCellStyle();
            rupiah.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(bold);
            Row head = sheet.createRow(1);
            List<String> headers = headers(locale);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            int n = 2;
            for (ConsignmentReports.Row r : rows) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(label.apply(r.label()));
                row.createCell(1).setCellValue(r.units());
                long[] amounts = {r.gross().rupiah(), r.commission().rupiah(), r.net().rupiah()};
                for (int i = 0; i < amounts.length; i++) {
                    row.createCell(2 + i).setCellValue(amounts[i]);
                    row.getCell(2 + i).setCellStyle(rupiah);
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            for (int i = 1; i < headers.size(); i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headers(Locale locale) {
        return java.util.Arrays.stream(HEADERS).map(h -> Texts.get(locale, h)).toList();
    }

    private static String quoted(String value) {
        String text = value == null ? "" : value;
        // A leading =, +, - or @ would run as a formula in a spreadsheet program.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
