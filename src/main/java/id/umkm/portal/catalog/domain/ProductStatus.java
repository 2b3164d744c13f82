package id.umkm.portal.catalog.domain;

/** DRAFT: being prepared, PUBLISHED: for sale (public once the seller is verified), ARCHIVED: no longer sold. */
public enum ProductStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
