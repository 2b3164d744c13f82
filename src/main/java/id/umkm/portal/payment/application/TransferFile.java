package id.umkm.portal.payment.application;

import id.umkm.portal.payment.application.Payouts.Line;
import java.util.List;

/**
 * The bank's transfer file for a payout batch: CSV (RFC 4180, comma, CRLF), one transfer a line, amounts
 * in whole rupiah. Values that a spreadsheet would take for a formula are prefixed with an apostrophe.
 */
public final class TransferFile {

    public static final String HEADER = "method,provider,account_number,account_holder,amount_rupiah,reference,seller";

    private TransferFile() {
    }

    public static String csv(List<Line> lines) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (Line line : lines) {
            out.append(String.join(",", field(line.method()), field(line.provider()), field(line.accountNumber()),
                    field(line.accountHolder()), Long.toString(line.amount().rupiah()), field(line.reference()),
                    field(line.businessName()))).append("\r\n");
        }
        return out.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches(".*[\",\r\n].*") || !safe.equals(safe.strip())
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
