package id.umkm.portal.catalog.domain;

import java.util.Arrays;
import java.util.Optional;

/** The catalogue's orders, with their API names and the Indonesian names the pages' URLs use. */
public enum CatalogSort {
    RELEVANCE("relevance", "relevansi"),
    NEWEST("newest", "terbaru"),
    PRICE_ASC("price-asc", "termurah"),
    PRICE_DESC("price-desc", "termahal");

    private final String apiName;
    private final String pageName;

    CatalogSort(String apiName, String pageName) {
        this.apiName = apiName;
        this.pageName = pageName;
    }

    public String apiName() {
        return apiName;
    }

    public String pageName() {
        return pageName;
    }

    public static Optional<CatalogSort> fromApi(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName.equals(name)).findFirst();
    }

    public static Optional<CatalogSort> fromPage(String name) {
        return Arrays.stream(values()).filter(s -> s.pageName.equals(name)).findFirst();
    }
}
