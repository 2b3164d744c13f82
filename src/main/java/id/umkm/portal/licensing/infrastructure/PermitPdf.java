package id.umkm.portal.licensing.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.umkm.portal.licensing.domain.PermitApplication;
import id.umkm.portal.licensing.domain.PermitType;
import id.umkm.portal.shared.document.QrCodes;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Draws an issued permit on one A4 page, with a QR code leading to the public verification page. */
public final class PermitPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
    private static final Font HEADER = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, new Color(0x1F, 0x4E, 0x79));
    private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.NORMAL, Color.DARK_GRAY);
    private static final Font VALUE = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

    private PermitPdf() {
    }

    public static byte[] render(PermitApplication a, PermitType type, String verificationUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(type.getNameId() + " " + a.getPermitNumber());
            document.open();
            centred(document, "PEMERINTAH KOTA BALIKPAPAN", HEADER);
            centred(document, "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", HEADER);
            document.add(new Paragraph(" "));
            centred(document, type.getNameId().toUpperCase(Locale.ROOT), TITLE);
            centred(document, "Nomor: " + a.getPermitNumber(), VALUE);
            document.add(new Paragraph(" "));
            PdfPTable facts = new PdfPTable(new float[] {2, 5});
            facts.setWidthPercentage(100);
            row(facts, "Nama usaha", a.getBusinessName());
            row(facts, "NIB", a.getNib());
            row(facts, "Alamat usaha", a.getBusinessAddress());
            row(facts, "KBLI", a.getKbli());
            row(facts, "Tingkat risiko", a.getRiskLevel());
            row(facts, "Pemohon", a.getApplicantName());
            row(facts, "Nomor lacak", a.getTrackingNumber());
            row(facts, "Tanggal terbit", date(LocalDate.ofInstant(a.getIssuedAt(), id.umkm.portal.shared.domain.CityTime.ZONE)));
            row(facts, "Berlaku sampai", a.getValidUntil() == null ? "Selama usaha berjalan" : date(a.getValidUntil()));
            document.add(facts);
            document.add(new Paragraph(" "));
            Image qr = Image.getInstance(QrCodes.png(verificationUrl, 300));
            qr.scaleAbsolute(150, 150);
            qr.setAlignment(Element.ALIGN_CENTER);
            document.add(qr);
            centred(document, "Pindai kode QR untuk memeriksa keaslian izin ini", SMALL);
            centred(document, verificationUrl, SMALL);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Permit PDF could not be drawn", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void centred(Document document, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        document.add(p);
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, LABEL));
        PdfPCell v = new PdfPCell(new Phrase(value == null || value.isBlank() ? "-" : value, VALUE));
        l.setBorder(0);
        v.setBorder(0);
        l.setPaddingBottom(6);
        v.setPaddingBottom(6);
        table.addCell(l);
        table.addCell(v);
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }
}
