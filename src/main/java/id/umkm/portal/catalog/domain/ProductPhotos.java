package id.umkm.portal.catalog.domain;

import id.umkm.portal.shared.domain.RuleViolation;
import java.util.ArrayList;
import java.util.List;

/** A product's photos in order; the first is the cover. */
public final class ProductPhotos {

    public static final int MAX = 6;

    private ProductPhotos() {
    }

    /** The list without repeats, refusing more than {@link #MAX}. */
    public static List<Long> checked(List<Long> mediaIds) {
        List<Long> distinct = new ArrayList<>(mediaIds.stream().distinct().toList());
        if (distinct.size() > MAX) {
            throw new RuleViolation("photo", "product.photos.tooMany", MAX);
        }
        return distinct;
    }
}
