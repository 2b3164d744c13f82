package id.umkm.portal.catalog.application;

/** How present a seller is in the public catalogue, for the contexts above it (training priority, dashboard). */
public interface ListedProducts {

    /** Products of the seller the public can see now. */
    long visibleCount(long sellerId);
}
