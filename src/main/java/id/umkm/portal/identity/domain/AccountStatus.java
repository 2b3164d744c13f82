package id.umkm.portal.identity.domain;

public enum AccountStatus {
    /** Registered, waiting for the owner to open the link mailed to them. */
    PENDING_VERIFICATION,
    ACTIVE,
    /** Switched off by an admin: cannot log in, tokens stop working. */
    DISABLED
}
