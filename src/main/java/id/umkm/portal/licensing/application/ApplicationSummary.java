package id.umkm.portal.licensing.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A line of an applicant's list or the office queue. */
public record ApplicationSummary(long id, String trackingNumber, String permitCode, String permitNameId,
        String permitNameEn, String businessName, String nib, String applicantName, String status, String ossCode,
        Instant createdAt, Instant submittedAt, Instant statusChangedAt, Instant slaDeadlineAt, boolean overdue,
        boolean clockPaused, LocalDate validUntil) implements Serializable {
}
