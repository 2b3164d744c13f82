package id.umkm.portal.dashboard.infrastructure;

import id.umkm.portal.dashboard.application.Dashboard;
import id.umkm.portal.dashboard.application.IndicatorTable;
import id.umkm.portal.dashboard.domain.Indicator;
import id.umkm.portal.shared.infrastructure.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The indicator table as an xlsx sheet: a row of translated headings, a row of the open data's keys, then numbers. */
public final class DashboardWorkbook {

    private DashboardWorkbook() {
    }

    public static byte[] xlsx(YearMonth period, List<Dashboard.Row> rows, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(period.toString());
            CellStyle bold = book.createCellStyle();
            var font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> keys = IndicatorTable.header();
            Row labels = sheet.createRow(0);
            Row technical = sheet.createRow(1);
            int fixedColumns = keys.size() - Indicator.values().length;
            for (int i = 0; i < keys.size(); i++) {
                String label = i < fixedColumns ? Texts.get(locale, "export.column." + keys.get(i))
                        : Texts.get(locale, "indicator." + keys.get(i));
                labels.createCell(i).setCellValue(label);
                labels.getCell(i).setCellStyle(bold);
                technical.createCell(i).setCellValue(keys.get(i));
            }
            int r = 2;
            for (Dashboard.Row row : rows) {
                Row line = sheet.createRow(r++);
                List<Object> cells = IndicatorTable.cells(period, row);
                for (int i = 0; i < cells.size(); i++) {
                    Object cell = cells.get(i);
                    if (cell instanceof BigDecimal number) {
                        line.createCell(i).setCellValue(number.doubleValue());
                    } else if (cell != null) {
                        line.createCell(i).setCellValue(cell.toString());
                    }
                }
            }
            sheet.createFreezePane(4, 2);
            for (int i = 0; i < keys.size(); i++) {
                sheet.setColumnWidth(i, (i < fixedColumns ? 22 : 16) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
