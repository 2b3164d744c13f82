package id.umkm.portal.catalog.web;

import id.umkm.portal.catalog.domain.CatalogUrls;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Catalogue links other pages (home, product, storefront) point to. */
public final class CatalogLinksForPages {

    private CatalogLinksForPages() {
    }

    public static String category(String slug) {
        return CatalogUrls.CATALOG + "?kategori=" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
