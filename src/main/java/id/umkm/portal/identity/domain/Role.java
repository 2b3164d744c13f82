package id.umkm.portal.identity.domain;

import java.util.List;

/** The portal's roles, in the order that decides where a person with several roles lands after login. */
public enum Role {
    ADMIN("/admin/"),
    DKUMKMP_STAFF("/staff/"),
    LICENSING_OFFICER("/licensing/"),
    OUTLET_CASHIER("/outlet/"),
    SELLER("/seller/"),
    BUYER("/account/");

    /** Roles a person may choose when registering; the others are granted by an admin. */
    public static final List<Role> SELF_REGISTERED = List.of(BUYER, SELLER);

    private final String landingPath;

    Role(String landingPath) {
        this.landingPath = landingPath;
    }

    public String landingPath() {
        return landingPath;
    }
}
