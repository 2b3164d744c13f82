package id.umkm.portal.training.domain;

/** First come, first served (seats confirmed at once), or applications ranked by the priority scale at close. */
public enum AllocationMode {
    FIRST_COME, PRIORITY
}
