package id.umkm.portal.licensing.application;

import java.time.Instant;
import java.time.LocalDate;

/** What the public verification page shows for a permit's QR code. */
public record PermitCheck(String permitNumber, String permitNameId, String permitNameEn, String businessName,
        String nib, Instant issuedAt, LocalDate validUntil, boolean valid) {
}
