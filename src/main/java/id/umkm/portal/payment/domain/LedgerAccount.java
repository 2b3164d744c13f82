package id.umkm.portal.payment.domain;

/**
 * The portal's chart of accounts (docs/payments.md). Assets grow with debits; liabilities and income
 * grow with credits. Seller accounts carry the seller's id on each line.
 */
public enum LedgerAccount {
    /** The office's bank account, from which payouts are transferred. */
    BANK("1000"),
    /** Cash taken at an outlet's counter, until it is banked. */
    OUTLET_CASH("1010"),
    /** Card payments at an outlet's terminal, until the card acquirer settles them. */
    CARD_CLEARING("1020"),
    /** Money the gateway collected for the portal and has yet to settle to the bank. */
    GATEWAY_CLEARING("1100"),
    /** Buyers' money held while their orders are open. */
    HELD_FOR_ORDERS("2100"),
    /** What the portal owes a seller for completed orders (per seller). */
    SELLER_PAYABLE("2200"),
    /** What the portal owes buyers for paid orders cancelled (per seller, for tracing). */
    REFUNDS_PAYABLE("2300"),
    /** Payouts in a batch sent to the bank, not yet confirmed transferred (per seller). */
    PAYOUTS_IN_TRANSIT("2400"),
    /** A consignor's share of outlet sales not yet settled (per seller); approval moves it to 2200. */
    CONSIGNMENT_UNSETTLED("2500"),
    /** The QRIS merchant discount rate withheld from sellers' proceeds. */
    FEE_INCOME("4100"),
    /** The outlet's commission on consigned goods sold (per seller, for tracing). */
    OUTLET_COMMISSION("4200");

    private final String code;

    LedgerAccount(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static LedgerAccount ofCode(String code) {
        for (LedgerAccount account : values()) {
            if (account.code.equals(code)) {
                return account;
            }
        }
        throw new IllegalArgumentException("No ledger account " + code);
    }
}
