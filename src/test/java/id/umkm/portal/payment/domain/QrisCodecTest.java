package id.umkm.portal.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.shared.domain.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QrisCodecTest {

    private static final String QRIS_MERCHANT = tlv("51", tlv("00", "ID.CO.QRIS.WWW") + tlv("02", "ID1020000000001"));

    private static String tlv(String tag, String value) {
        return tag + String.format("%02d", value.length()) + value;
    }

    @Test
    void crcIsCcittFalse() {
        // The catalogue check value of CRC-16/CCITT-FALSE.
        assertThat(Crc16.of("123456789")).isEqualTo(0x29B1);
    }

    @Test
    void crcMatchesPublishedEmvcoPayloads() {
        // Published merchant-presented payloads of another EMVCo scheme (Brazil's Pix) with their CRCs:
        // the same CRC and TLV rules, so they check ours; their currency and country are not QRIS.
        String pix = "00020101021126570014BR.GOV.BCB.PIX2535HTTPS://PIX.EXAMPLE.COM/API/WEBHOOK5204000053039865802BR"
                + "5908JOHN DOE6012PORTO ALEGRE621905150512TX1234567896304B7DF";
        String pix2 = "00020101021226820014br.gov.bcb.pix2560qrcode.pagsm.com.br/pix/96769647-adb5-40f4-a4a2-e399aa1a3181"
                + "5204000053039865802BR5916VIXONSISTEMALTDA6008SaoPaulo62070503***63043998";
        assertThat(Crc16.hex(pix.substring(0, pix.length() - 4))).isEqualTo("B7DF");
        assertThat(Crc16.hex(pix2.substring(0, pix2.length() - 4))).isEqualTo("3998");
        assertThatThrownBy(() -> QrisCodec.decode(pix)).isInstanceOf(InvalidQrisException.class).hasMessageContaining("rupiah");
    }

    @Test
    void aSellersStaticCodeRoundTrips() {
        QrisPayload payload = QrisPayload.staticFor("ID1020000000001", "UMI", "5812", "AMPLANG HASANAH", "BALIKPAPAN");
        String encoded = QrisCodec.encode(payload);

        assertThat(encoded).startsWith("000201010211").contains("0014ID.CO.QRIS.WWW0215ID1020000000001").contains("5303360")
                .contains("5802ID").contains("5915AMPLANG HASANAH").contains("6010BALIKPAPAN").doesNotContain("54");
        assertThat(encoded).matches(".*6304[0-9A-F]{4}");
        QrisPayload decoded = QrisCodec.decode(encoded);
        assertThat(decoded).isEqualTo(payload);
        assertThat(decoded.nmid()).hasValue("ID1020000000001");
    }

    @Test
    void aDynamicCodeCarriesAmountAndBillNumber() {
        QrisPayload payload = new QrisPayload(true,
                List.of(new MerchantAccount("26", "ID.CO.BANKKALTIMTARA.WWW", "936001240000000123", "000000123", "UMI"),
                        MerchantAccount.qris("ID1020000000001", "UMI")),
                "5999", Optional.of(Money.rupiah(37_500)), "UKM CENTER SEPINGGAN", "BALIKPAPAN", Optional.of("76115"),
                Optional.of("ORD-2026-000123"), Optional.of("KASIR01"));
        String encoded = QrisCodec.encode(payload);

        assertThat(encoded).startsWith("000201010212").contains("540537500").contains("610576115");
        assertThat(QrisCodec.decode(encoded)).isEqualTo(payload);
    }

    @Test
    void decodesWholeRupiahWrittenWithDecimals() {
        String body = tlv("00", "01") + tlv("01", "12") + QRIS_MERCHANT + tlv("52", "5812") + tlv("53", "360")
                + tlv("54", "150000.00") + tlv("58", "ID") + tlv("59", "WARUNG A") + tlv("60", "BALIKPAPAN") + "6304";
        QrisPayload decoded = QrisCodec.decode(body + Crc16.hex(body));
        assertThat(decoded.amount()).hasValue(Money.rupiah(150_000));
        assertThat(decoded.dynamic()).isTrue();
    }

    @Test
    void aTamperedAmountFailsTheCrc() {
        String encoded = QrisCodec.encode(new QrisPayload(true, List.of(MerchantAccount.qris("ID1020000000001", "UMI")),
                "5812", Optional.of(Money.rupiah(15_000)), "AMPLANG HASANAH", "BALIKPAPAN",
                Optional.empty(), Optional.empty(), Optional.empty()));
        String tampered = encoded.replace("540515000", "540515900");
        assertThatThrownBy(() -> QrisCodec.decode(tampered)).isInstanceOf(InvalidQrisException.class)
                .hasMessageContaining("CRC mismatch");
    }

    @Test
    void refusesMalformedPayloadsWithAReason() {
        assertThatThrownBy(() -> QrisCodec.decode("0002")).hasMessageContaining("Too short");
        String overrun = "000201010211269900";
        assertThatThrownBy(() -> QrisCodec.decode(overrun + "6304" + Crc16.hex(overrun + "6304")))
                .hasMessageContaining("past the end");
        String noMerchant = tlv("00", "01") + tlv("01", "11") + tlv("52", "5812") + tlv("53", "360") + tlv("58", "ID")
                + tlv("59", "WARUNG A") + tlv("60", "BALIKPAPAN") + "6304";
        assertThatThrownBy(() -> QrisCodec.decode(noMerchant + Crc16.hex(noMerchant))).hasMessageContaining("QRIS merchant");
        String fractional = tlv("00", "01") + tlv("01", "12") + QRIS_MERCHANT + tlv("52", "5812") + tlv("53", "360")
                + tlv("54", "150.50") + tlv("58", "ID") + tlv("59", "WARUNG A") + tlv("60", "BALIKPAPAN") + "6304";
        assertThatThrownBy(() -> QrisCodec.decode(fractional + Crc16.hex(fractional))).hasMessageContaining("whole rupiah");
    }

    @Test
    void refusesToWriteWhatScannersWouldReject() {
        assertThatThrownBy(() -> QrisCodec.encode(QrisPayload.staticFor("ID1020000000001", "UMI", "5812",
                "KERIPIK PISANG DAN AMPLANG IBU HASANAH", "BALIKPAPAN"))).hasMessageContaining("merchant name");
        assertThatThrownBy(() -> QrisCodec.encode(QrisPayload.staticFor("ID1020000000001", "BESAR", "5812",
                "AMPLANG", "BALIKPAPAN"))).hasMessageContaining("criterion");
        assertThatThrownBy(() -> QrisCodec.encode(QrisPayload.staticFor("ID1020000000001", "UMI", "58",
                "AMPLANG", "BALIKPAPAN"))).hasMessageContaining("four digits");
    }
}
