package id.umkm.portal.shared.api;

import id.umkm.portal.shared.domain.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** Reads an uploaded request body, refusing it once it passes the limit instead of reading it all. */
public final class UploadBody {

    private UploadBody() {
    }

    public static byte[] read(InputStream body, int limit, Supplier<RuleViolation> tooLarge) {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge.get();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refusal for an image over the media limit, naming the file. */
    public static Supplier<RuleViolation> imageTooLarge(String field, String fileName, int limit) {
        return () -> new RuleViolation(field, "media.tooLarge", fileName == null ? "foto" : fileName, limit / (1024 * 1024));
    }
}
