package id.umkm.portal.catalog.application;

import id.umkm.portal.catalog.domain.CatalogQuery;
import id.umkm.portal.catalog.domain.FacetCube;
import java.util.List;

/**
 * One page of a catalogue search, the counts behind its facets, and, when the words found nothing,
 * a corrected text that does find something.
 */
public record CatalogResult(CatalogQuery query, long total, List<CatalogItem> items, FacetCube facets, String suggestion) {

    public int pages() {
        return (int) Math.min((total + query.size() - 1) / query.size(), CatalogQuery.MAX_OFFSET / query.size());
    }
}
