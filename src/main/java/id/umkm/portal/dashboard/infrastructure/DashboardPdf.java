package id.umkm.portal.dashboard.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.Image;
import id.umkm.portal.dashboard.application.Dashboard;
import id.umkm.portal.dashboard.application.IndicatorFormat;
import id.umkm.portal.dashboard.domain.Indicator;
import id.umkm.portal.shared.infrastructure.Texts;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard report as a PDF: the month's headline figures of the chosen area, a bar chart of the
 * chosen indicator over the areas one level down, its twelve-month trend line, and the area table.
 * The charts are drawn here with PDF vector graphics, so the report needs no browser.
 */
public final class DashboardPdf {

    private static final Color BRAND = new Color(0x0f, 0x76, 0x6e);
    private static final Color GRID = new Color(0xd9, 0xe2, 0xe0);
    private static final Color INK = new Color(0x1f, 0x29, 0x33);

    public record Report(String monthLabel, String areaName, Indicator indicator, Dashboard.Row headline,
            List<Dashboard.Row> rows, List<Dashboard.TrendPoint> trend, String refreshedAt) {
    }

    private DashboardPdf() {
    }

    public static byte[] report(Report report, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        Font title = new Font(Font.HELVETICA, 16, Font.BOLD, INK);
        Font heading = new Font(Font.HELVETICA, 11, Font.BOLD, INK);
        Font body = new Font(Font.HELVETICA, 9, Font.NORMAL, INK);
        Font small = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.GRAY);

        document.add(new Paragraph(Texts.get(locale, "pdf.title", report.areaName(), report.monthLabel()), title));
        document.add(new Paragraph(report.refreshedAt() == null ? Texts.get(locale, "dashboard.neverRefreshed")
                : Texts.get(locale, "dashboard.refreshedAt", report.refreshedAt()), small));

        IndicatorFormat numbers = IndicatorFormat.of(locale);
        PdfPTable headline = new PdfPTable(new float[] {3, 1.4f, 3, 1.4f});
        headline.setWidthPercentage(100);
        headline.setSpacingBefore(10);
        for (Indicator indicator : Indicator.values()) {
            headline.addCell(cell(Texts.get(locale, "indicator." + indicator.key()), body, false));
            headline.addCell(cell(numbers.format(indicator, report.headline().value(indicator)), body, true));
        }
        headline.completeRow();
        document.add(headline);

        String label = Texts.get(locale, "indicator." + report.indicator().key());
        document.add(spaced(new Paragraph(Texts.get(locale, "pdf.bars", label), heading)));
        List<String> areaNames = report.rows().stream().map(r -> r.place().name().replace("Balikpapan ", "")).toList();
        List<BigDecimal> areaValues = report.rows().stream().map(r -> r.value(report.indicator())).toList();
        document.add(chart(writer, false, areaNames, areaValues));

        document.add(spaced(new Paragraph(Texts.get(locale, "pdf.trend", label), heading)));
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", locale);
        document.add(chart(writer, true, report.trend().stream().map(p -> month.format(p.month())).toList(),
                report.trend().stream().map(p -> p.value(report.indicator())).toList()));

        document.newPage();
        document.add(new Paragraph(Texts.get(locale, "pdf.table"), heading));
        Indicator[] columns = {Indicator.SELLERS_REGISTERED, Indicator.ONLINE_SHARE, Indicator.PRODUCTS_LISTED,
            Indicator.ORDERS_PAID, Indicator.GROSS_SALES, Indicator.TRAINING_APPLICANTS, Indicator.PERMITS_ISSUED};
        PdfPTable table = new PdfPTable(columns.length + 1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        table.addCell(cell(Texts.get(locale, "export.column.area"), small, false));
        for (Indicator column : columns) {
            table.addCell(cell(Texts.get(locale, "indicator." + column.key()), small, true));
        }
        for (Dashboard.Row row : report.rows()) {
            table.addCell(cell(row.place().name(), body, false));
            for (Indicator column : columns) {
                table.addCell(cell(numbers.format(column, row.value(column)), body, true));
            }
        }
        document.add(table);
        document.add(spaced(new Paragraph(Texts.get(locale, "pdf.footnote"), small)));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(12);
        return paragraph;
    }

    private static PdfPCell cell(String text, Font font, boolean right) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(GRID);
        cell.setPadding(3);
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    /** A bar or line chart on a template, with a zero-based axis, gridlines and value labels. */
    private static Image chart(PdfWriter writer, boolean line, List<String> labels, List<BigDecimal> values) {
        float width = 515;
        float height = 170;
        float left = 48;
        float bottom = 28;
        float plotWidth = width - left - 8;
        float plotHeight = height - bottom - 14;
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate t = canvas.createTemplate(width, height);
        BaseFont font = helvetica();
        double max = values.stream().filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double top = niceCeiling(max);

        t.setLineWidth(0.5f);
        for (int i = 0; i <= 4; i++) {
            float y = bottom + plotHeight * i / 4;
            t.setColorStroke(GRID);
            t.moveTo(left, y);
            t.lineTo(left + plotWidth, y);
            t.stroke();
            text(t, font, 7, axisLabel(top * i / 4), left - 4, y - 2, Element.ALIGN_RIGHT);
        }
        int n = Math.max(1, values.size());
        float step = plotWidth / n;
        Float previousX = null;
        Float previousY = null;
        for (int i = 0; i < values.size(); i++) {
            BigDecimal value = values.get(i);
            float centre = left + step * i + step / 2;
            text(t, font, 7, labels.get(i), centre, bottom - 10, Element.ALIGN_CENTER);
            if (value == null) {
                previousX = null;
                continue;
            }
            float y = bottom + (float) (top == 0 ? 0 : value.doubleValue() / top * plotHeight);
            if (line) {
                t.setColorFill(BRAND);
                t.circle(centre, y, 2f);
                t.fill();
                if (previousX != null) {
                    t.setColorStroke(BRAND);
                    t.setLineWidth(1.5f);
                    t.moveTo(previousX, previousY);
                    t.lineTo(centre, y);
                    t.stroke();
                    t.setLineWidth(0.5f);
                }
                previousX = centre;
                previousY = y;
            } else {
                float barWidth = Math.min(40, step * 0.6f);
                t.setColorFill(BRAND);
                t.rectangle(centre - barWidth / 2, bottom, barWidth, y - bottom);
                t.fill();
                text(t, font, 7, axisLabel(value.doubleValue()), centre, y + 3, Element.ALIGN_CENTER);
            }
        }
        Image image = Image.getInstance(t);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private static void text(PdfTemplate t, BaseFont font, float size, String text, float x, float y, int align) {
        t.beginText();
        t.setColorFill(INK);
        t.setFontAndSize(font, size);
        t.showTextAligned(align, text, x, y, 0);
        t.endText();
    }

    private static String axisLabel(double value) {
        if (value >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1fM", value / 1_000_000);
        }
        if (value >= 10_000) {
            return String.format(Locale.ROOT, "%.0fk", value / 1_000);
        }
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= max) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static BaseFont helvetica() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("Helvetica is built into every PDF reader", e);
        }
    }
}
