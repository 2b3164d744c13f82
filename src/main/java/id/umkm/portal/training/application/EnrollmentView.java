package id.umkm.portal.training.application;

import id.umkm.portal.training.domain.EnrollmentStatus;
import java.time.Instant;
import java.util.List;

/**
 * An applicant's view of their enrollment: status, their place (rank in the allocation, or place on
 * the waiting list), and the points with their reasons.
 */
public record EnrollmentView(long id, long programmeId, EnrollmentStatus status, Integer rank, Integer score,
        List<String> reasons, Instant offerExpiresAt) {
}
