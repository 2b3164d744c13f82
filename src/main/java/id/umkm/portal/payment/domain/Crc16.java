package id.umkm.portal.payment.domain;

import java.nio.charset.StandardCharsets;

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF), the checksum EMVCo QR payloads carry in tag 63. */
final class Crc16 {

    private Crc16() {
    }

    static int of(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }
        return crc & 0xFFFF;
    }

    /** The four upper-case hex digits tag 63 holds. */
    static String hex(String text) {
        return String.format("%04X", of(text));
    }
}
