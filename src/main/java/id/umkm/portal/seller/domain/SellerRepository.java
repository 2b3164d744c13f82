package id.umkm.portal.seller.domain;

import java.util.List;
import java.util.Optional;

public interface SellerRepository {

    Optional<Seller> find(long sellerId);

    Optional<Seller> forAccount(long accountId);

    Optional<Seller> bySlug(String slug);

    /** Locks the row: two staff members deciding at once are served one after the other. */
    Optional<Seller> findForUpdate(long sellerId);

    Seller add(Seller seller);

    /** Writes pending changes now, so a unique key clash surfaces here. */
    void flush();

    boolean nibTakenByOther(String nib, long accountId);

    /** The profiles carrying this NIB (at most one, by the unique key). */
    List<Seller> withNib(String nib);

    /** Slugs equal to base or base-N, to pick the next free one. */
    List<String> slugsLike(String base);

    /** Submitted and changed profiles, oldest waiting first. */
    List<Seller> queue();

    void addReview(SellerReview review);

    List<SellerReview> reviews(long sellerId);
}
