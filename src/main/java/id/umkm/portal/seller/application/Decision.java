package id.umkm.portal.seller.application;

/** What a staff member decides on a seller profile. */
public enum Decision {
    APPROVE, REJECT, SUSPEND, REINSTATE;

    public boolean needsReason() {
        return this == REJECT || this == SUSPEND;
    }
}
