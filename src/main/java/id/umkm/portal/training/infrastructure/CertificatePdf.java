package id.umkm.portal.training.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import id.umkm.portal.shared.document.QrCodes;
import id.umkm.portal.shared.infrastructure.Texts;
import id.umkm.portal.training.domain.Certificate;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Draws a certificate of completion on one A4 landscape page, with its code and a QR to the verification page. */
public final class CertificatePdf {

    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color ACCENT = new Color(0x0b, 0x6e, 0x4f);

    private CertificatePdf() {
    }

    public static byte[] render(Certificate c, String verificationUrl, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 56, 56, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(Texts.get(locale, "certificate.title") + " " + c.getCode());
            document.addCreator("umkm-portal");
            document.open();
            frame(writer.getDirectContent(), document);
            DateTimeFormatter days = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
            add(document, Texts.get(locale, "certificate.issuer"), 12, Font.NORMAL, INK, 6);
            add(document, Texts.get(locale, "certificate.title").toUpperCase(locale), 34, Font.BOLD, ACCENT, 18);
            add(document, Texts.get(locale, "certificate.givenTo"), 13, Font.NORMAL, INK, 6);
            add(document, c.getParticipantName(), 28, Font.BOLD, INK, 4);
            add(document, c.getBusinessName(), 15, Font.NORMAL, INK, 16);
            add(document, Texts.get(locale, "certificate.completed"), 13, Font.NORMAL, INK, 6);
            add(document, c.getProgrammeTitle(), 20, Font.BOLD, ACCENT, 6);
            String dates = c.getFirstDay().equals(c.getLastDay()) ? days.format(c.getFirstDay())
                    : days.format(c.getFirstDay()) + " – " + days.format(c.getLastDay());
            add(document, Texts.get(locale, "certificate.hoursAndDates", c.getHours(), dates), 13, Font.NORMAL, INK, 14);

            // Large, with white space around it, so a phone finds it on the printed page at arm's length.
            Image qr = Image.getInstance(QrCodes.png(verificationUrl, 600));
            qr.scaleAbsolute(140, 140);
            qr.setAbsolutePosition(document.getPageSize().getWidth() - 56 - 140, 56);
            writer.getDirectContent().addImage(qr);
            add(document, Texts.get(locale, "certificate.code", c.getCode()), 11, Font.BOLD, INK, 2);
            add(document, Texts.get(locale, "certificate.verifyAt", verificationUrl), 9, Font.NORMAL, INK, 0);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Certificate " + c.getCode() + " could not be drawn", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void add(Document document, String text, float size, int style, Color color, float after) {
        Paragraph p = new Paragraph(text, new Font(Font.HELVETICA, size, style, color));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        document.add(p);
    }

    private static void frame(PdfContentByte canvas, Document document) {
        canvas.setColorStroke(ACCENT);
        canvas.setLineWidth(3);
        canvas.rectangle(24, 24, document.getPageSize().getWidth() - 48, document.getPageSize().getHeight() - 48);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(32, 32, document.getPageSize().getWidth() - 64, document.getPageSize().getHeight() - 64);
        canvas.stroke();
    }
}
