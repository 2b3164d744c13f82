package id.umkm.portal.shared.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.shared.domain.RuleViolation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageKindTest {

    @Test
    void recognisesImagesByTheirFirstBytes() {
        assertThat(ImageKind.sniff(TestImages.jpeg(8, 8))).contains(ImageKind.JPEG);
        assertThat(ImageKind.sniff(TestImages.png(8, 8))).contains(ImageKind.PNG);
        assertThat(ImageKind.sniff(TestImages.WEBP)).contains(ImageKind.WEBP);
    }

    @Test
    void refusesWhatOnlyCarriesAPhotoName() {
        assertThat(ImageKind.sniff("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(ImageKind.sniff("foto kue bingka".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageKind.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1))).as("a RIFF that is not WebP").isEmpty();
        assertThat(ImageKind.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).as("too short").isEmpty();
        assertThat(ImageKind.sniff(new byte[0])).isEmpty();
    }

    @Test
    void decodesWebpAndMakesJpegThumbnailsNoLongerThan400Pixels() throws Exception {
        Thumbnails.Decoded webp = Thumbnails.decode(ImageKind.WEBP, TestImages.WEBP, "kecil.webp");
        assertThat(webp.width()).isEqualTo(1);

        Thumbnails.Decoded big = Thumbnails.decode(ImageKind.PNG, TestImages.png(1200, 600), "batik.png");
        byte[] thumb = Thumbnails.thumbnailJpeg(big.image());
        assertThat(ImageKind.sniff(thumb)).contains(ImageKind.JPEG);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(thumb));
        assertThat(read.getWidth()).isEqualTo(400);
        assertThat(read.getHeight()).isEqualTo(200);
    }

    @Test
    void aBrokenImageBehindRightFirstBytesIsNotAnImage() {
        byte[] png = TestImages.png(16, 16);
        byte[] truncated = java.util.Arrays.copyOf(png, 20);
        assertThatThrownBy(() -> Thumbnails.decode(ImageKind.PNG, truncated, "rusak.png"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("media.notAnImage");
                    assertThat(v.args()).containsExactly("rusak.png");
                });
    }

    @Test
    void refusesDecompressionBombsBeforeDecoding() {
        // A PNG header claiming 10000×10000 pixels: refused from the header alone.
        byte[] png = TestImages.png(10, 10);
        byte[] bomb = png.clone();
        writeInt(bomb, 16, 10_000);
        writeInt(bomb, 20, 10_000);
        assertThatThrownBy(() -> Thumbnails.decode(ImageKind.PNG, bomb, "bom.png"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("media.tooManyPixels"));
    }

    private static void writeInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }
}
