package id.umkm.portal.payment.domain;

import id.umkm.portal.shared.domain.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and reads QRIS payloads (EMVCo merchant-presented mode, Bank Indonesia's profile): tag
 * order, the fixed values QRIS requires (format 01, currency 360, country ID), field lengths, and
 * the CRC of tag 63 over everything before its value.
 */
public final class QrisCodec {

    private static final String QRIS_GLOBAL_ID = "ID.CO.QRIS.WWW";
    private static final String RUPIAH = "360";

    private QrisCodec() {
    }

    public static String encode(QrisPayload p) {
        requireLength("merchant name (59)", p.merchantName(), 25);
        requireLength("merchant city (60)", p.merchantCity(), 15);
        if (!p.mcc().matches("\\d{4}")) {
            throw new InvalidQrisException("Merchant category code (52) must be four digits: " + p.mcc());
        }
        if (p.accounts().isEmpty()) {
            throw new InvalidQrisException("A QRIS code needs at least one merchant account (26-51)");
        }
        if (p.dynamic() != p.amount().isPresent()) {
            throw new InvalidQrisException("A dynamic code carries an amount; a static one does not");
        }
        StringBuilder out = new StringBuilder();
        out.append(new Tlv("00", "01").encode());
        out.append(new Tlv("01", p.dynamic() ? "12" : "11").encode());
        for (MerchantAccount account : p.accounts()) {
            out.append(new Tlv(account.tag(), accountTemplate(account)).encode());
        }
        out.append(new Tlv("52", p.mcc()).encode());
        out.append(new Tlv("53", RUPIAH).encode());
        p.amount().ifPresent(amount -> {
            if (amount.rupiah() <= 0) {
                throw new InvalidQrisException("Amount (54) must be positive");
            }
            out.append(new Tlv("54", Long.toString(amount.rupiah())).encode());
        });
        out.append(new Tlv("58", "ID").encode());
        out.append(new Tlv("59", p.merchantName()).encode());
        out.append(new Tlv("60", p.merchantCity()).encode());
        p.postalCode().ifPresent(code -> out.append(new Tlv("61", code).encode()));
        String additional = additionalData(p);
        if (!additional.isEmpty()) {
            out.append(new Tlv("62", additional).encode());
        }
        out.append("6304");
        return out.append(Crc16.hex(out.toString())).toString();
    }

    public static QrisPayload decode(String payload) {
        if (payload == null || payload.length() < 8) {
            throw new InvalidQrisException("Too short to be a QR payload");
        }
        String body = payload.substring(0, payload.length() - 4);
        if (!body.endsWith("6304")) {
            throw new InvalidQrisException("The CRC (tag 63, length 04) must be the last data object");
        }
        String crc = payload.substring(payload.length() - 4);
        if (!crc.equalsIgnoreCase(Crc16.hex(body))) {
            throw new InvalidQrisException("CRC mismatch: the code says " + crc + ", the content gives " + Crc16.hex(body));
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tlv tlv : Tlv.parseAll(payload)) {
            if (tags.put(tlv.tag(), tlv.value()) != null) {
                throw new InvalidQrisException("Tag " + tlv.tag() + " appears twice");
            }
        }
        if (!tags.keySet().iterator().next().equals("00") || !"01".equals(tags.get("00"))) {
            throw new InvalidQrisException("A payload starts with format indicator 00 = 01");
        }
        String initiation = tags.get("01");
        if (initiation != null && !initiation.equals("11") && !initiation.equals("12")) {
            throw new InvalidQrisException("Point of initiation (01) must be 11 (static) or 12 (dynamic): " + initiation);
        }
        require(tags, "52", "merchant category code");
        if (!RUPIAH.equals(require(tags, "53", "currency"))) {
            throw new InvalidQrisException("QRIS is paid in rupiah (53 = 360), not " + tags.get("53"));
        }
        if (!"ID".equals(require(tags, "58", "country code"))) {
            throw new InvalidQrisException("QRIS country code (58) is ID, not " + tags.get("58"));
        }
        List<MerchantAccount> accounts = merchantAccounts(tags);
        if (accounts.stream().noneMatch(a -> QRIS_GLOBAL_ID.equals(a.globalId()))) {
            throw new InvalidQrisException("No QRIS merchant template (" + QRIS_GLOBAL_ID + ") with an NMID");
        }
        Map<String, String> additional = tags.containsKey("62") ? subTags(tags.get("62")) : Map.of();
        return new QrisPayload("12".equals(initiation), accounts, tags.get("52"),
                Optional.ofNullable(tags.get("54")).map(QrisCodec::amount),
                require(tags, "59", "merchant name"), require(tags, "60", "merchant city"),
                Optional.ofNullable(tags.get("61")), Optional.ofNullable(additional.get("01")),
                Optional.ofNullable(additional.get("07")));
    }

    private static String accountTemplate(MerchantAccount account) {
        int tag = Integer.parseInt(account.tag());
        if (tag < 26 || tag > 51) {
            throw new InvalidQrisException("Merchant account templates use tags 26 to 51, not " + account.tag());
        }
        if (account.criterion() != null && !MerchantAccount.CRITERIA.contains(account.criterion())) {
            throw new InvalidQrisException("Unknown merchant criterion: " + account.criterion());
        }
        StringBuilder template = new StringBuilder(new Tlv("00", account.globalId()).encode());
        if (account.merchantPan() != null) {
            template.append(new Tlv("01", account.merchantPan()).encode());
        }
        if (account.merchantId() != null) {
            template.append(new Tlv("02", account.merchantId()).encode());
        }
        if (account.criterion() != null) {
            template.append(new Tlv("03", account.criterion()).encode());
        }
        return template.toString();
    }

    private static List<MerchantAccount> merchantAccounts(Map<String, String> tags) {
        List<MerchantAccount> accounts = new ArrayList<>();
        tags.forEach((tag, value) -> {
            int number = Integer.parseInt(tag);
            if (number >= 26 && number <= 51) {
                Map<String, String> sub = subTags(value);
                accounts.add(new MerchantAccount(tag, sub.get("00"), sub.get("01"), sub.get("02"), sub.get("03")));
            }
        });
        return accounts;
    }

    private static String additionalData(QrisPayload p) {
        StringBuilder data = new StringBuilder();
        p.billNumber().ifPresent(bill -> data.append(new Tlv("01", bill).encode()));
        p.terminalLabel().ifPresent(label -> data.append(new Tlv("07", label).encode()));
        return data.toString();
    }

    private static Map<String, String> subTags(String template) {
        Map<String, String> sub = new LinkedHashMap<>();
        Tlv.parseAll(template).forEach(t -> sub.put(t.tag(), t.value()));
        return sub;
    }

    private static Money amount(String value) {
        if (!value.matches("\\d{1,13}(\\.0{1,2})?")) {
            throw new InvalidQrisException("Amount (54) must be whole rupiah: " + value);
        }
        return Money.rupiah(Long.parseLong(value.replaceFirst("\\..*", "")));
    }

    private static String require(Map<String, String> tags, String tag, String name) {
        String value = tags.get(tag);
        if (value == null) {
            throw new InvalidQrisException("Missing " + name + " (" + tag + ")");
        }
        return value;
    }

    private static void requireLength(String name, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new InvalidQrisException("The " + name + " must have 1 to " + max + " characters");
        }
    }
}
