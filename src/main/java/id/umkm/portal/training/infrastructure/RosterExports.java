package id.umkm.portal.training.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.umkm.portal.shared.infrastructure.Texts;
import id.umkm.portal.training.application.TrainingReports.RosterRow;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A programme's roster as CSV (UTF-8 with BOM, for spreadsheet programs), xlsx and a printable PDF. */
public final class RosterExports {

    private static final String[] HEADERS = {"roster.col.no", "roster.col.business", "roster.col.participant",
        "roster.col.kecamatan", "roster.col.status", "roster.col.place", "roster.col.score", "roster.col.attended",
        "roster.col.certificate"};

    private RosterExports() {
    }

    public static byte[] csv(List<RosterRow> rows, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", headers(locale))).append("\r\n");
        for (RosterRow r : rows) {
            out.append(String.join(",", cells(r, locale).stream().map(RosterExports::quoted).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<RosterRow> rows, String title, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(Texts.get(locale, "roster.sheet"));
            CellStyle bold = book.createCellStyle();
            var font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(bold);
            Row head = sheet.createRow(1);
            List<String> headers = headers(locale);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            for (int n = 0; n < rows.size(); n++) {
                RosterRow r = rows.get(n);
                Row row = sheet.createRow(n + 2);
                row.createCell(0).setCellValue(r.number());
                List<String> cells = cells(r, locale);
                for (int i = 1; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
                if (r.score() != null) {
                    row.getCell(6).setCellValue(r.score());
                }
            }
            for (int i = 0; i < headers.size(); i++) {
                sheet.autoSizeColumn(i);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(List<RosterRow> rows, String title, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(title, new Font(Font.HELVETICA, 14, Font.BOLD)));
            document.add(new Paragraph(Texts.get(locale, "roster.pdf.subtitle", rows.size()), new Font(Font.HELVETICA, 9)));
            PdfPTable table = new PdfPTable(new float[] {4, 18, 16, 12, 12, 6, 6, 8, 14});
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            table.setHeaderRows(1);
            Font head = new Font(Font.HELVETICA, 8, Font.BOLD, Color.WHITE);
            for (String h : headers(locale)) {
                PdfPCell cell = new PdfPCell(new Phrase(h, head));
                cell.setBackgroundColor(new Color(0x1f, 0x2a, 0x44));
                table.addCell(cell);
            }
            Font body = new Font(Font.HELVETICA, 8);
            for (RosterRow r : rows) {
                for (String c : cells(r, locale)) {
                    table.addCell(new PdfPCell(new Phrase(c, body)));
                }
            }
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Roster PDF could not be drawn", e);
        }
        return out.toByteArray();
    }

    private static List<String> headers(Locale locale) {
        List<String> headers = new ArrayList<>();
        for (String key : HEADERS) {
            headers.add(Texts.get(locale, key));
        }
        return headers;
    }

    private static List<String> cells(RosterRow r, Locale locale) {
        return List.of(String.valueOf(r.number()), r.businessName(), r.participant(), r.kecamatan(),
                Texts.get(locale, "enrollment.status." + r.status().name()), r.place() == null ? "" : r.place().toString(),
                r.score() == null ? "" : r.score().toString(), r.attended() + "/" + r.sessions(),
                r.certificateCode() == null ? "" : r.certificateCode());
    }

    /** Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs a name as a formula. */
    static String quoted(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches(".*[,\"\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
