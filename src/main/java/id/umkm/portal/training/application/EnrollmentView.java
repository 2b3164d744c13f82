package id.umkm.portal.training.application;

import id.umkm.portal.training.domain.EnrollmentStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An applicant's view of their enrollment: status, their place on the waiting list (rank), their rank
 * in the priority allocation, and the points with their reasons.
 */
public record EnrollmentView(long id, long programmeId, EnrollmentStatus status, Integer rank, Integer priorityRank, Integer score,
        List<String> reasons, Instant offerExpiresAt) implements Serializable {
}
