package id.umkm.portal.seller.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a seller profile stands; only VERIFIED profiles are public. */
public enum SellerStatus {
    DRAFT, SUBMITTED, VERIFIED, REJECTED, SUSPENDED;

    /**
     * The moves the office allows: a draft or a rejected profile is submitted, staff verify or
     * reject a submitted one, a verified one may be suspended and reinstated, and a verified one
     * whose key facts changed may be rejected (it then leaves the public catalogue).
     */
    public Set<SellerStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(VERIFIED, REJECTED);
            case REJECTED -> EnumSet.of(SUBMITTED);
            case VERIFIED -> EnumSet.of(SUSPENDED, REJECTED);
            case SUSPENDED -> EnumSet.of(VERIFIED);
        };
    }

    public boolean canMoveTo(SellerStatus target) {
        return next().contains(target);
    }
}
