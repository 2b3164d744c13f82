package id.umkm.portal.shared.media;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import id.umkm.portal.shared.domain.RuleViolation;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Decodes an uploaded image (checking its size before decoding, against decompression bombs) and
 * draws its thumbnail as a JPEG on white.
 */
public final class Thumbnails {

    public static final int LONGEST_SIDE = 400;
    /** 40 megapixels: more than any phone camera, far less than a crafted bomb. */
    public static final long MAX_PIXELS = 40_000_000L;

    private Thumbnails() {
    }

    public record Decoded(BufferedImage image, int width, int height) {
    }

    public static Decoded decode(ImageKind kind, byte[] content, String fileName) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            ImageReader reader = readerFor(kind);
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new RuleViolation("photo", "media.notAnImage", fileName);
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new RuleViolation("photo", "media.tooManyPixels", fileName, width, height);
                }
                return new Decoded(reader.read(0), width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RuleViolation violation) {
                throw violation;
            }
            // Right first bytes, broken rest: to the seller it is just as much not a photo.
            throw new RuleViolation("photo", "media.notAnImage", fileName);
        }
    }

    public static byte[] thumbnailJpeg(BufferedImage image) {
        double scale = Math.min(1.0, (double) LONGEST_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage thumb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return jpeg(thumb);
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.82f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode a thumbnail", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageReader readerFor(ImageKind kind) throws IOException {
        if (kind == ImageKind.WEBP) {
            // Used directly: ImageIO's global registry does not see plugins inside a WAR.
            return new WebPImageReaderSpi().createReaderInstance();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind == ImageKind.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IOException("No reader for " + kind);
        }
        return readers.next();
    }
}
