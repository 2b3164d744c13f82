package id.umkm.portal.payment.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A payment notification as a Midtrans-style gateway posts it. It is trusted only when its
 * signature_key is SHA-512(order_id + status_code + gross_amount + server key), compared in
 * constant time; even then the gateway may repeat it or send it out of order.
 */
public record GatewayNotification(String orderId, String statusCode, String grossAmount, String signatureKey,
        String transactionStatus, String fraudStatus, String transactionId) {

    public boolean isSignedWith(String serverKey) {
        if (orderId == null || statusCode == null || grossAmount == null || signatureKey == null || serverKey == null) {
            return false;
        }
        byte[] expected = HexFormat.of().formatHex(sha512(orderId + statusCode + grossAmount + serverKey))
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signatureKey.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The signature a gateway (or the portal's simulator) puts on a notification. */
    public static String sign(String orderId, String statusCode, String grossAmount, String serverKey) {
        return HexFormat.of().formatHex(sha512(orderId + statusCode + grossAmount + serverKey));
    }

    public PaymentState state() {
        return PaymentState.ofMidtrans(transactionStatus, fraudStatus);
    }

    private static byte[] sha512(String text) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every JDK", e);
        }
    }
}
