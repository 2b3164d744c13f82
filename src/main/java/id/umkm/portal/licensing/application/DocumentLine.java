package id.umkm.portal.licensing.application;

import java.io.Serializable;
import java.time.Instant;

/** A required document and the file uploaded for it (if any), as pages and the API show it. */
public record DocumentLine(String code, String nameId, String nameEn, boolean mandatory, String formats, int maxKb,
        String fileName, Integer sizeBytes, Instant uploadedAt, String review, String remark) implements Serializable {

    public boolean isUploaded() {
        return fileName != null;
    }

    public boolean isToRevise() {
        return "REVISE".equals(review);
    }
}
