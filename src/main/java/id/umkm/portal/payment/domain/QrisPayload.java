package id.umkm.portal.payment.domain;

import id.umkm.portal.shared.domain.Money;
import java.util.List;
import java.util.Optional;

/**
 * The content of a QRIS code. Static codes carry no amount and may be paid many times; dynamic
 * codes (from the gateway) carry the amount and a bill number for one payment.
 *
 * @param mcc the merchant category code, four digits (e.g. 5812 restaurants, 5999 retail)
 */
public record QrisPayload(boolean dynamic, List<MerchantAccount> accounts, String mcc, Optional<Money> amount,
        String merchantName, String merchantCity, Optional<String> postalCode, Optional<String> billNumber,
        Optional<String> terminalLabel) {

    public QrisPayload {
        accounts = List.copyOf(accounts);
    }

    /** A seller's static code: any buyer can scan it and key in the amount. */
    public static QrisPayload staticFor(String nmid, String criterion, String mcc, String merchantName, String city) {
        return new QrisPayload(false, List.of(MerchantAccount.qris(nmid, criterion)), mcc, Optional.empty(),
                merchantName, city, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Optional<String> nmid() {
        return accounts.stream().filter(a -> "ID.CO.QRIS.WWW".equals(a.globalId()))
                .map(MerchantAccount::merchantId).findFirst();
    }
}
