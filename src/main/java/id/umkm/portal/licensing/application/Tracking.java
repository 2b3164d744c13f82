package id.umkm.portal.licensing.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What anyone holding a tracking number may know: no names, no NIB, no documents.
 *
 * @param nextStep what happens next, in words for the applicant (in the request's language)
 */
public record Tracking(String trackingNumber, String permitCode, String permitName, String status, String ossCode,
        Instant submittedAt, Instant lastChangedAt, Instant dueAt, boolean clockPaused, String nextStep,
        LocalDate validUntil) {
}
