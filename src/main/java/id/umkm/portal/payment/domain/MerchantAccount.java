package id.umkm.portal.payment.domain;

/**
 * A merchant account information template (tags 26–51): who acquires the payment and for which
 * merchant. In QRIS, sub-tag 00 is a reverse-domain id (e.g. ID.CO.QRIS.WWW), 01 the merchant PAN,
 * 02 the merchant id (the NMID in the QRIS template), 03 the merchant criterion.
 */
public record MerchantAccount(String tag, String globalId, String merchantPan, String merchantId, String criterion) {

    /** UMI micro, UKE small, UME medium, UBE large, URE regular: the QRIS merchant criteria. */
    public static final java.util.Set<String> CRITERIA = java.util.Set.of("UMI", "UKE", "UME", "UBE", "URE");

    /** The national QRIS template holding the merchant's NMID. */
    public static MerchantAccount qris(String nmid, String criterion) {
        return new MerchantAccount("51", "ID.CO.QRIS.WWW", null, nmid, criterion);
    }
}
