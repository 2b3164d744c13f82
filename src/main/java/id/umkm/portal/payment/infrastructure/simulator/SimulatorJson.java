package id.umkm.portal.payment.infrastructure.simulator;

import id.umkm.portal.payment.infrastructure.MidtransTime;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The simulated gateway's answers, field for field as Midtrans writes them. */
final class SimulatorJson {

    private SimulatorJson() {
    }

    static String amount(SimulatedCharge charge) {
        return charge.getGrossAmount() + ".00";
    }

    /** A transaction as the status call and notifications describe it, signed with the server key. */
    static JsonObject transaction(SimulatedCharge charge, String messageKind, String serverKey) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("status_code", charge.statusCode())
                .add("status_message", "notification".equals(messageKind) ? "midtrans payment notification"
                        : "Success, transaction is found")
                .add("transaction_id", charge.getTransactionId())
                .add("order_id", charge.getOrderId())
                .add("merchant_id", "G000012345")
                .add("gross_amount", amount(charge))
                .add("currency", "IDR")
                .add("payment_type", "qris")
                .add("transaction_time", MidtransTime.local(charge.getCreatedAt()))
                .add("transaction_status", charge.getStatus())
                .add("fraud_status", "accept")
                .add("acquirer", "gopay")
                .add("expiry_time", MidtransTime.local(charge.getExpiresAt()))
                .add("signature_key", SimulatorNotifier.signature(charge, serverKey));
        if (charge.getSettledAt() != null) {
            json.add("settlement_time", MidtransTime.local(charge.getSettledAt()));
        }
        return json.build();
    }

    static JsonObject error(String statusCode, String message) {
        return Json.createObjectBuilder().add("status_code", statusCode).add("status_message", message).build();
    }
}
