package id.umkm.portal.payment.domain;

/** One line of a journal: a debit or a credit of whole rupiah on one account, for one seller where it matters. */
public record Posting(LedgerAccount account, Long sellerId, long debit, long credit) {

    public Posting {
        if (debit < 0 || credit < 0 || (debit == 0) == (credit == 0)) {
            throw new IllegalArgumentException("A posting is either a positive debit or a positive credit");
        }
    }

    public static Posting debit(LedgerAccount account, Long sellerId, long rupiah) {
        return new Posting(account, sellerId, rupiah, 0);
    }

    public static Posting credit(LedgerAccount account, Long sellerId, long rupiah) {
        return new Posting(account, sellerId, 0, rupiah);
    }
}
