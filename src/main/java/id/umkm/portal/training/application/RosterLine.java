package id.umkm.portal.training.application;

import id.umkm.portal.training.domain.EnrollmentStatus;
import java.io.Serializable;
import java.time.Instant;

/** One applicant of a programme as staff see them. */
public record RosterLine(long enrollmentId, long accountId, String businessName, String kecamatan, EnrollmentStatus status,
        Integer queueRank, Integer score, String reasons, boolean reservedSeat, Instant appliedAt) implements Serializable {
}
