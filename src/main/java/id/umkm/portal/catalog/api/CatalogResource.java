package id.umkm.portal.catalog.api;

import id.umkm.portal.catalog.application.CatalogItem;
import id.umkm.portal.catalog.application.CatalogResult;
import id.umkm.portal.catalog.application.CatalogSearch;
import id.umkm.portal.catalog.application.ProductDetail;
import id.umkm.portal.catalog.domain.CatalogQuery;
import id.umkm.portal.catalog.domain.CatalogQueryParser;
import id.umkm.portal.catalog.domain.CatalogReference;
import id.umkm.portal.catalog.domain.PriceBuckets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/** The public catalogue for machines: search with facets, one product, the categories. No login. */
@Path("/catalog")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CatalogResource {

    @Inject
    CatalogSearch catalog;

    @Context
    HttpHeaders headers;

    public record Item(long id, String name, long priceRupiah, int stock, String category, String kecamatan, long sellerId,
            String sellerName, String url) {
    }

    public record FacetValue(String value, String label, long count) {
    }

    public record PriceFacetValue(String value, long min, Long max, long count) {
    }

    public record Facets(List<FacetValue> category, List<FacetValue> kecamatan, List<PriceFacetValue> price, List<FacetValue> scale) {
    }

    public record SearchAnswer(long total, int page, int size, List<Item> items, Facets facets, String suggestion) {
    }

    public record Variant(String size, String colour, long priceRupiah, int stock) {
    }

    public record Product(long id, String name, String description, long priceRupiah, int stock, String unit, Integer weightGrams,
            String category, String kecamatan, long sellerId, String sellerName, String sellerUrl, boolean sellerNibVerified,
            List<Variant> variants, List<String> photoUrls, String url) {
    }

    public record Category(int id, String slug, String nameId, String nameEn) {
    }

    @GET
    @Path("/products")
    public SearchAnswer search(@QueryParam("q") String q, @QueryParam("category") String category,
            @QueryParam("kecamatan") String kecamatan, @QueryParam("minPrice") String minPrice,
            @QueryParam("maxPrice") String maxPrice, @QueryParam("scale") String scale, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        CatalogQuery query = catalog.parser().parse(
                new CatalogQueryParser.Params(q, category, kecamatan, minPrice, maxPrice, scale, sort, page, size));
        CatalogResult result = catalog.search(query);
        CatalogReference reference = catalog.reference();
        return new SearchAnswer(result.total(), query.page(), query.size(),
                result.items().stream().map(i -> item(i, reference)).toList(), facets(result, reference), result.suggestion());
    }

    @GET
    @Path("/products/{id: [0-9]{1,18}}")
    public Product product(@PathParam("id") long id) {
        ProductDetail p = catalog.product(id).orElseThrow(() -> new NotFoundException("No public product " + id));
        CatalogReference reference = catalog.reference();
        return new Product(p.id(), p.name(), p.description(), p.priceRupiah(), p.stock(), p.unit(), p.weightGrams(),
                reference.category(p.categoryId()).slug(), reference.kecamatan(p.kecamatanId()).slug(), p.seller().id(),
                p.seller().businessName(), p.seller().url(), p.seller().nibVerified(),
                p.variants().stream().map(v -> new Variant(v.size(), v.colour(), v.priceRupiah(), v.stock())).toList(),
                p.photoMediaIds().stream().map(m -> "/media/" + m).toList(), p.url());
    }

    @GET
    @Path("/categories")
    public List<Category> categories() {
        return catalog.reference().categories().stream().map(c -> new Category(c.id(), c.slug(), c.nameId(), c.nameEn())).toList();
    }

    private static Item item(CatalogItem i, CatalogReference reference) {
        return new Item(i.id(), i.name(), i.priceRupiah(), i.stock(), reference.category(i.categoryId()).slug(),
                reference.kecamatan(i.kecamatanId()).slug(), i.sellerId(), i.sellerName(), i.url());
    }

    private Facets facets(CatalogResult result, CatalogReference reference) {
        CatalogQuery q = result.query();
        Locale locale = headers.getAcceptableLanguages().stream().filter(l -> "en".equals(l.getLanguage())).findFirst()
                .orElse(Locale.forLanguageTag("id"));
        List<FacetValue> categories = result.facets().categories(q).entrySet().stream()
                .map(e -> new FacetValue(reference.category(e.getKey()).slug(), reference.category(e.getKey()).name(locale), e.getValue()))
                .toList();
        List<FacetValue> kecamatan = result.facets().kecamatan(q).entrySet().stream()
                .map(e -> new FacetValue(reference.kecamatan(e.getKey()).slug(), reference.kecamatan(e.getKey()).name(), e.getValue()))
                .toList();
        var buckets = result.facets().priceBuckets(q);
        List<PriceFacetValue> prices = PriceBuckets.all().stream().filter(b -> buckets.containsKey(b.index()))
                .map(b -> new PriceFacetValue(b.key(), b.min(), b.maxInclusive(), buckets.get(b.index()))).toList();
        List<FacetValue> scales = result.facets().scales(q).entrySet().stream()
                .map(e -> new FacetValue(e.getKey().toLowerCase(Locale.ROOT), e.getKey(), e.getValue())).toList();
        return new Facets(categories, kecamatan, prices, scales);
    }
}
