package id.umkm.portal.seller.application;

import java.util.List;
import java.util.Optional;

/** The seller context's answer to "who is this seller?" for the contexts above it (catalogue, orders, training). */
public interface SellerDirectory {

    Optional<SellerSummary> find(long sellerId);

    /** The seller profile of a SELLER account, if it has started one. */
    Optional<SellerSummary> forAccount(long accountId);

    Optional<SellerSummary> bySlug(String slug);

    /** Verified sellers whose business name contains the words (all when blank), by name, at most limit. */
    List<SellerSummary> verifiedNamed(String words, int limit);
}
