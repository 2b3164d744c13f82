package id.umkm.portal.consignment.domain;

/** Where a batch stands in its life at the outlet (docs/consignment.md, "Ageing"). */
public enum AgeFlag {
    OK, EXPIRING, IN_GRACE, MARKED_DOWN, DUE_RETURN, EXPIRED
}
