package id.umkm.portal.seller.domain;

import java.util.regex.Pattern;

/** The shapes of the numbers a seller profile holds; the input records' constraints use the same patterns. */
public final class SellerFormats {

    /** OSS business identification number. */
    public static final String NIB = "[0-9]{13}";
    /** QRIS National Merchant ID. */
    public static final String QRIS_NMID = "ID[0-9]{10,15}";
    /** SPP-IRT (home-industry food permit) number. */
    public static final String PIRT = "[0-9]{15}";
    public static final String ACCOUNT_NUMBER = "[0-9]{6,20}";
    public static final String HALAL = "[A-Za-z0-9./\\- ]{6,40}";

    private SellerFormats() {
    }

    public static boolean matches(String pattern, String value) {
        return value != null && Pattern.matches(pattern, value);
    }
}
