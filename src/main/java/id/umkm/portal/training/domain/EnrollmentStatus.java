package id.umkm.portal.training.domain;

/**
 * APPLIED waits for a priority allocation; CONFIRMED holds a seat; WAITLISTED waits in queue_rank
 * order; OFFERED holds a freed seat until the offer expires; DECLINED and CANCELLED gave it up.
 */
public enum EnrollmentStatus {
    APPLIED, CONFIRMED, WAITLISTED, OFFERED, DECLINED, CANCELLED, COMPLETED, NOT_COMPLETED;

    /** Holding one of the programme's seats. */
    public boolean holdsSeat() {
        return this == CONFIRMED || this == OFFERED;
    }

    public boolean isActive() {
        return this == APPLIED || this == CONFIRMED || this == WAITLISTED || this == OFFERED;
    }
}
