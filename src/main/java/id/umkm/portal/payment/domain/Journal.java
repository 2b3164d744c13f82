package id.umkm.portal.payment.domain;

import java.util.List;

/**
 * One business event in the double-entry ledger. It cannot be built unbalanced: its debits equal its
 * credits. Lines of zero rupiah (a fee of nothing) are left out rather than posted.
 */
public record Journal(JournalKind kind, String sourceReference, String paymentReference, String orderNumber,
        Long payoutBatchId, String memo, List<Posting> lines) {

    public Journal {
        if (sourceReference == null || sourceReference.isBlank()) {
            throw new IllegalArgumentException("A journal names its source");
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A journal has lines");
        }
        long debits = lines.stream().mapToLong(Posting::debit).sum();
        long credits = lines.stream().mapToLong(Posting::credit).sum();
        if (debits != credits) {
            throw new IllegalArgumentException("Unbalanced journal " + kind + " " + sourceReference + ": debits "
                    + debits + " ≠ credits " + credits);
        }
    }

    public long total() {
        return lines.stream().mapToLong(Posting::debit).sum();
    }
}
