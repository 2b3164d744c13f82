package id.umkm.portal.licensing.domain;

import id.umkm.portal.shared.media.ImageKind;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The file formats a permit document may come in, recognised by their first bytes, never by the name. */
public enum FileFormat {

    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png");

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final String contentType;

    FileFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<FileFormat> sniff(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (content.length >= PDF_SIGNATURE.length) {
            boolean pdf = true;
            for (int i = 0; i < PDF_SIGNATURE.length; i++) {
                pdf &= content[i] == PDF_SIGNATURE[i];
            }
            if (pdf) {
                return Optional.of(PDF);
            }
        }
        return ImageKind.sniff(content).flatMap(kind -> switch (kind) {
            case JPEG -> Optional.of(JPEG);
            case PNG -> Optional.of(PNG);
            default -> Optional.empty();
        });
    }
}
