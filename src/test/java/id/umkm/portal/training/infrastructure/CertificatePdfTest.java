package id.umkm.portal.training.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.QrReader;
import id.umkm.portal.training.domain.Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    @Test
    void everyCertificateCarriesItsTextsAndAQrThatReadsBackFromThePage() throws Exception {
        for (int i = 0; i < 25; i++) {
            Certificate c = Certificate.issue(i, "Rina Kedua", "Amplang Kedua", "Foto Produk untuk Marketplace", 8,
                    LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4), Instant.now());
            String url = "http://localhost:8238/sertifikat.xhtml?code=" + c.getCode();
            try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(c, url, Locale.forLanguageTag("id")))) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                assertThat(new PDFTextStripper().getText(pdf)).contains("SERTIFIKAT").contains("Rina Kedua")
                        .contains("Amplang Kedua").contains("8 jam pelajaran").contains("3 Desember 2026 – 4 Desember 2026")
                        .contains(c.getCode());
                assertThat(QrReader.read(new PDFRenderer(pdf).renderImageWithDPI(0, 150))).isEqualTo(url);
            }
        }
    }
}
