package id.umkm.portal.consignment.application;

/** The numbers people read on the consignment documents, made from row ids. */
public final class References {

    private References() {
    }

    public static String agreement(long id) {
        return "KK-" + pad(id);
    }

    public static String intake(long id) {
        return "TT-" + pad(id);
    }

    /** Also the sale's payment reference at the gateway ("OS-": outlet sale, docs/payments.md). */
    public static String sale(long id) {
        return "OS-" + pad(id);
    }

    public static String refund(long saleId) {
        return "RF-" + pad(saleId);
    }

    public static String returnNote(long id) {
        return "TR-" + pad(id);
    }

    public static String settlement(long id) {
        return "ST-" + pad(id);
    }

    /** The label printed on every unit of a batch (Code 128). */
    public static String itemCode(long id) {
        return "KS" + String.format("%08d", id);
    }

    /** The sale id of an "OS-" reference, or -1 when it is not one. */
    public static long saleId(String reference) {
        if (reference == null || !reference.startsWith("OS-")) {
            return -1;
        }
        try {
            return Long.parseLong(reference.substring(3));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String pad(long id) {
        return String.format("%06d", id);
    }
}
