package id.umkm.portal.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.shared.domain.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DocumentCheckTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    private final DocumentRequirement pdfOnly = new DocumentRequirement("PKP", "Sertifikat PKP", "Food safety certificate",
            true, EnumSet.of(FileFormat.PDF), 1, 1);

    @Test
    void acceptsAWholePdfWhateverItIsCalled() {
        assertThat(DocumentCheck.check(pdfOnly, "scan.bin", PDF)).isEqualTo(FileFormat.PDF);
    }

    @Test
    void namesTheFileAndSaysWhatIsWrong() {
        assertThatThrownBy(() -> DocumentCheck.check(pdfOnly, "ktp.pdf", "hello, not a pdf".getBytes()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("licensing.document.notRecognised")
                .satisfies(e -> assertThat(((RuleViolation) e).args()).containsExactly("ktp.pdf", "PDF"));
        assertThatThrownBy(() -> DocumentCheck.check(pdfOnly, "foto.pdf", PNG))
                .hasMessageContaining("licensing.document.wrongFormat")
                .satisfies(e -> assertThat(((RuleViolation) e).args()).containsExactly("foto.pdf", "PNG", "PDF"));
        assertThatThrownBy(() -> DocumentCheck.check(pdfOnly, "besar.pdf", new byte[2048]))
                .hasMessageContaining("licensing.document.tooLarge")
                .satisfies(e -> assertThat(((RuleViolation) e).args()).containsExactly("besar.pdf", 2L, 1));
        assertThatThrownBy(() -> DocumentCheck.check(pdfOnly, "kosong.pdf", new byte[0]))
                .hasMessageContaining("licensing.document.empty");
    }

    @Test
    void refusesAPdfCutOffBeforeItsEnd() {
        byte[] cut = java.util.Arrays.copyOf(PDF, 20);
        assertThatThrownBy(() -> DocumentCheck.check(pdfOnly, "putus.pdf", cut))
                .hasMessageContaining("licensing.document.truncated");
    }
}
