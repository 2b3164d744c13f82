package id.umkm.portal.shared.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.testsupport.QrReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void aDrawnCodeReadsBackAsTheSameText() throws IOException {
        String text = "https://umkm.balikpapan.go.id/verifikasi/sertifikat/AB12-CD34";

        byte[] png = QrCodes.png(text, 240);

        assertThat(QrReader.read(ImageIO.read(new ByteArrayInputStream(png)))).isEqualTo(text);
    }

    @Test
    void aDataUrlCarriesAPng() {
        assertThat(QrCodes.pngDataUrl("00020101021226", 120)).startsWith("data:image/png;base64,iVBOR");
    }

    @Test
    void emptyTextIsRefused() {
        assertThatThrownBy(() -> QrCodes.png("", 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
