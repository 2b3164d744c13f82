package id.umkm.portal.seller.application;

/**
 * Where the office transfers a seller's money: for the payment context's payout batches only.
 *
 * @param method BANK or EWALLET
 * @param provider the bank's or e-wallet's name as the transfer file shows it (e.g. "BRI", "GoPay")
 */
public record PayoutAccount(long sellerId, String businessName, String method, String provider, String accountNumber,
        String accountHolder) {
}
