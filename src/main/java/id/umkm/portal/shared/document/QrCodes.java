package id.umkm.portal.shared.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws QR codes as PNG images: for pages (a data: URL or a servlet), PDFs (certificates,
 * permits, receipts) and labels. Medium error correction with a quiet zone, so a phone camera
 * reads them from a printed sheet or a screen.
 */
public final class QrCodes {

    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private QrCodes() {
    }

    /** The code for text as a black-on-white image about pixels wide (never smaller than the code needs). */
    public static BufferedImage image(String text, int pixels) {
        BitMatrix matrix = matrix(text, pixels);
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
            }
        }
        return image;
    }

    public static byte[] png(String text, int pixels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(text, pixels), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding to memory failed", e);
        }
        return out.toByteArray();
    }

    /** A data: URL for an img tag, so a page shows the code without a second request. */
    public static String pngDataUrl(String text, int pixels) {
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png(text, pixels));
    }

    private static BitMatrix matrix(String text, int pixels) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A QR code needs some text");
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code (" + text.length() + " characters)", e);
        }
    }
}
