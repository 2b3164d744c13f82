package id.umkm.portal.seller.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The banks and e-wallets the office pays sellers out to. */
public enum PayoutProvider {
    BRI("BRI", PayoutMethod.BANK),
    BNI("BNI", PayoutMethod.BANK),
    MANDIRI("Mandiri", PayoutMethod.BANK),
    BTN("BTN", PayoutMethod.BANK),
    BSI("BSI", PayoutMethod.BANK),
    BANK_KALTIMTARA("Bank Kaltimtara", PayoutMethod.BANK),
    BCA("BCA", PayoutMethod.BANK),
    GOPAY("GoPay", PayoutMethod.EWALLET),
    OVO("OVO", PayoutMethod.EWALLET),
    DANA("DANA", PayoutMethod.EWALLET),
    SHOPEEPAY("ShopeePay", PayoutMethod.EWALLET),
    LINKAJA("LinkAja", PayoutMethod.EWALLET);

    private final String label;
    private final PayoutMethod method;

    PayoutProvider(String label, PayoutMethod method) {
        this.label = label;
        this.method = method;
    }

    public String label() {
        return label;
    }

    public PayoutMethod method() {
        return method;
    }

    public static List<PayoutProvider> of(PayoutMethod method) {
        return Arrays.stream(values()).filter(p -> p.method == method).toList();
    }

    public static Optional<PayoutProvider> parse(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }
}
