package id.umkm.portal.consignment.infrastructure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.umkm.portal.consignment.application.Intakes.Intake;
import id.umkm.portal.consignment.application.Item;
import id.umkm.portal.consignment.application.Sale;
import id.umkm.portal.consignment.application.Settlements;
import id.umkm.portal.consignment.application.Settlements.Settlement;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.infrastructure.Texts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.imageio.ImageIO;

/** The consignment documents: the intake note with its label sheet, the counter receipt, the consignor's statement. */
public final class ConsignmentPdfs {

    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font NORMAL = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 7, Font.NORMAL);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final int LABEL_COLUMNS = 3;

    private ConsignmentPdfs() {
    }

    /** Page one: the intake note; then one label per unit received, three across, with a Code 128 barcode. */
    public static byte[] intakeWithLabels(Intake intake, Locale locale) {
        return draw(PageSize.A4, 28, document -> {
            document.add(new Paragraph(t(locale, "consignment.pdf.intake.title", intake.number()), TITLE));
            document.add(new Paragraph(t(locale, "consignment.pdf.intake.meta", intake.sellerName(), intake.outletName(),
                    CityTime.format(intake.receivedAt(), locale), intake.receivedBy()), NORMAL));
            PdfPTable table = table(new float[] {2.2f, 4, 1, 2, 2}, locale, "consignment.pdf.col.code",
                    "consignment.pdf.col.item", "consignment.pdf.col.qty", "consignment.pdf.col.price",
                    "consignment.pdf.col.bestBefore");
            for (Item item : intake.items()) {
                cells(table, item.code(), item.name(), String.valueOf(item.received()), item.originalPrice().format(),
                        item.bestBefore() == null ? "–" : DAY.format(item.bestBefore()));
            }
            document.add(table);
            document.add(new Paragraph(t(locale, "consignment.pdf.intake.total", intake.total().format()), BOLD));
            document.newPage();
            PdfPTable labels = new PdfPTable(LABEL_COLUMNS);
            labels.setWidthPercentage(100);
            int count = 0;
            for (Item item : intake.items()) {
                for (int unit = 0; unit < item.received(); unit++) {
                    labels.addCell(label(item, locale));
                    count++;
                }
            }
            for (int rest = count % LABEL_COLUMNS; rest != 0 && rest < LABEL_COLUMNS; rest++) {
                PdfPCell empty = new PdfPCell(new Phrase(""));
                empty.setBorder(Rectangle.NO_BORDER);
                labels.addCell(empty);
            }
            document.add(labels);
        });
    }

    private static PdfPCell label(Item item, Locale locale) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(5);
        cell.setFixedHeight(92);
        cell.setBorderColor(java.awt.Color.LIGHT_GRAY);
        cell.addElement(new Paragraph(item.sellerName(), SMALL));
        cell.addElement(new Paragraph(item.name(), BOLD));
        cell.addElement(new Paragraph(item.unitPrice().format()
                + (item.bestBefore() == null ? "" : "   " + t(locale, "consignment.pdf.label.bestBefore", DAY.format(item.bestBefore()))),
                NORMAL));
        try {
            Image barcode = Image.getInstance(png(barcode(item.code())));
            barcode.scaleAbsolute(150, 30);
            cell.addElement(barcode);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Label " + item.code(), e);
        }
        Paragraph code = new Paragraph(item.code(), SMALL);
        code.setAlignment(Element.ALIGN_LEFT);
        cell.addElement(code);
        return cell;
    }

    /** A narrow receipt, as the counter's printer would print it. */
    public static byte[] receipt(Sale sale, Locale locale) {
        Rectangle roll = new Rectangle(226, 420 + 36 * sale.lines().size());
        return draw(roll, 12, document -> {
            Paragraph head = new Paragraph(sale.outletName(), BOLD);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            document.add(new Paragraph(t(locale, "consignment.pdf.receipt.meta", sale.number(),
                    CityTime.format(sale.createdAt(), locale), sale.cashierName()), SMALL));
            for (Sale.Line line : sale.lines()) {
                document.add(new Paragraph(line.name() + " (" + line.sellerName() + ")", NORMAL));
                document.add(new Paragraph("  " + line.quantity() + " × " + line.unitPrice().format() + " = " + line.gross().format(), NORMAL));
            }
            document.add(new Paragraph(t(locale, "consignment.pdf.receipt.total", sale.total().format()), BOLD));
            document.add(new Paragraph(t(locale, "consignment.tender." + sale.tender().name()), NORMAL));
            if (sale.cashReceived() != null) {
                document.add(new Paragraph(t(locale, "consignment.pdf.receipt.cash", sale.cashReceived().format(),
                        sale.change().format()), NORMAL));
            }
            if (sale.cardLastDigits() != null) {
                document.add(new Paragraph(t(locale, "consignment.pdf.receipt.card", sale.cardLastDigits(),
                        sale.cardApprovalCode()), NORMAL));
            }
            document.add(new Paragraph(t(locale, "consignment.status." + sale.status()), BOLD));
            if (sale.refundedAt() != null) {
                document.add(new Paragraph(t(locale, "consignment.pdf.receipt.refunded", CityTime.format(sale.refundedAt(), locale),
                        sale.refundReason()), NORMAL));
            }
            document.add(new Paragraph(t(locale, "consignment.pdf.receipt.thanks"), SMALL));
        });
    }

    /** The consignor's statement for a period: totals from the ledger, and the lines behind them. */
    public static byte[] statement(Settlement s, Locale locale) {
        return draw(PageSize.A4, 36, document -> {
            document.add(new Paragraph(t(locale, "consignment.pdf.statement.title", s.number()), TITLE));
            document.add(new Paragraph(t(locale, "consignment.pdf.statement.meta", s.sellerName(), DAY.format(s.periodFrom()),
                    DAY.format(s.periodTo()), t(locale, "consignment.settlement.status." + s.status())), NORMAL));
            document.add(new Paragraph(" "));
            PdfPTable totals = new PdfPTable(new float[] {5, 3});
            totals.setWidthPercentage(70);
            totals.setHorizontalAlignment(Element.ALIGN_LEFT);
            row(totals, t(locale, "consignment.statement.unitsSold"), String.valueOf(s.totals().unitsSold()));
            row(totals, t(locale, "consignment.statement.gross"), s.totals().gross().format());
            row(totals, t(locale, "consignment.statement.commission"), Money.ZERO.minus(s.totals().commission()).format());
            row(totals, t(locale, "consignment.statement.netSales"), s.totals().netSales().format());
            row(totals, t(locale, "consignment.statement.adjustments", s.totals().unitsRefunded()), s.totals().adjustment().format());
            row(totals, t(locale, "consignment.statement.returned"), String.valueOf(s.totals().unitsReturned()));
            PdfPCell label = new PdfPCell(new Phrase(t(locale, "consignment.statement.netPayable"), BOLD));
            PdfPCell value = new PdfPCell(new Phrase(s.totals().netPayable().format(), BOLD));
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            totals.addCell(label);
            totals.addCell(value);
            document.add(totals);
            document.add(new Paragraph(" "));
            PdfPTable lines = table(new float[] {2, 4, 1, 2, 2, 2}, locale, "consignment.pdf.col.sale", "consignment.pdf.col.item",
                    "consignment.pdf.col.qty", "consignment.pdf.col.gross", "consignment.pdf.col.commission", "consignment.pdf.col.net");
            for (Settlements.StatementLine line : s.lines()) {
                cells(lines, line.saleNumber() + (line.refund() ? " ↺" : ""), line.name(), String.valueOf(line.quantity()),
                        line.gross().format(), line.commission().format(), line.net().format());
            }
            document.add(lines);
            document.add(new Paragraph(t(locale, "consignment.pdf.statement.rule"), SMALL));
        });
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(new PdfPCell(new Phrase(label, NORMAL)));
        PdfPCell cell = new PdfPCell(new Phrase(value, NORMAL));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    private static PdfPTable table(float[] widths, Locale locale, String... headerKeys) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        for (String key : headerKeys) {
            PdfPCell cell = new PdfPCell(new Phrase(t(locale, key), BOLD));
            cell.setBackgroundColor(new java.awt.Color(0xe8, 0xf1, 0xec));
            table.addCell(cell);
        }
        table.setHeaderRows(1);
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value, NORMAL)));
        }
    }

    static BufferedImage barcode(String code) {
        BitMatrix matrix = new Code128Writer().encode(code, BarcodeFormat.CODE_128, 600, 120);
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private interface Body {
        void write(Document document) throws DocumentException;
    }

    private static byte[] draw(Rectangle page, float margin, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(page, margin, margin, margin, margin);
        try {
            PdfWriter.getInstance(document, out);
            document.addCreator("umkm-portal");
            document.open();
            body.write(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("A consignment document could not be drawn", e);
        }
        return out.toByteArray();
    }

    private static String t(Locale locale, String key, Object... args) {
        return Texts.get(locale, key, args);
    }
}
