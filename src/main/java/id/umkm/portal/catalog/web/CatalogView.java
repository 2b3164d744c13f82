package id.umkm.portal.catalog.web;

import id.umkm.portal.catalog.application.CatalogItem;
import id.umkm.portal.catalog.application.CatalogResult;
import id.umkm.portal.catalog.application.CatalogSearch;
import id.umkm.portal.catalog.domain.CatalogQuery;
import id.umkm.portal.catalog.domain.CatalogQueryParser;
import id.umkm.portal.catalog.domain.CatalogReference;
import id.umkm.portal.catalog.domain.CatalogSort;
import id.umkm.portal.catalog.domain.FacetCube;
import id.umkm.portal.catalog.domain.PriceBuckets;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.infrastructure.Texts;
import id.umkm.portal.shared.web.LocaleSelector;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/** The catalogue page (/katalog): search, facets, results and pages, all driven by the URL's parameters. */
@Named
@RequestScoped
public class CatalogView {

    /** One choice in a facet: a link that applies it (or, when selected, removes it). */
    public record FacetOption(String label, long count, String url, boolean selected) {
    }

    public record SortOption(String value, String label, String url, boolean selected) {
    }

    public record ActiveFilter(String label, String removeUrl) {
    }

    public record Hidden(String name, String value) {
    }

    public record PageLink(int number, String url, boolean current) {
    }

    private static final int PAGE_SIZE = 24;

    @Inject
    CatalogSearch catalog;

    @Inject
    LocaleSelector localeSelector;

    private CatalogLinks links;
    private CatalogResult result;
    private CatalogReference reference;

    @PostConstruct
    void search() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> params = external.getRequestParameterMap();
        links = new CatalogLinks(external.getRequestContextPath(), params);
        reference = catalog.reference();
        String sort = links.get("urut") == null ? null
                : CatalogSort.fromPage(links.get("urut")).map(CatalogSort::apiName).orElse(links.get("urut"));
        CatalogQuery query;
        try {
            query = catalog.parser().parse(new CatalogQueryParser.Params(links.get("q"), links.get("kategori"),
                    links.get("kecamatan"), links.get("min"), links.get("maks"), links.get("skala"), sort, links.get("hal"),
                    String.valueOf(PAGE_SIZE)));
        } catch (RuleViolation bad) {
            PageMessages.error(bad.messageKey(), bad.args());
            links = new CatalogLinks(external.getRequestContextPath(), Map.of());
            query = catalog.parser().parse(new CatalogQueryParser.Params(null, null, null, null, null, null, null, null,
                    String.valueOf(PAGE_SIZE)));
        }
        result = catalog.search(query);
    }

    public CatalogResult getResult() {
        return result;
    }

    public List<CatalogItem> getItems() {
        return result.items();
    }

    public String getQ() {
        return links.get("q") == null ? "" : links.get("q");
    }

    public boolean isHasText() {
        return result.query().hasText();
    }

    /** The first short word when the text had no searchable word ("es"), for the hint under the title. */
    public String getShortWordOnly() {
        CatalogQuery q = result.query();
        return q.words().isEmpty() && !q.shortWords().isEmpty() ? q.shortWords().get(0) : null;
    }

    public String getSuggestionUrl() {
        return result.suggestion() == null ? null : links.text(result.suggestion());
    }

    public String getClearUrl() {
        return links.onlyText();
    }

    public List<FacetOption> getCategoryFacet() {
        CatalogQuery q = result.query();
        Locale locale = localeSelector.getLocale();
        List<FacetOption> options = new ArrayList<>();
        result.facets().categories(q).forEach((id, count) -> {
            CatalogReference.Category c = reference.category(id);
            boolean selected = id.equals(q.categoryId());
            options.add(new FacetOption(c.name(locale), count, links.with("kategori", selected ? null : c.slug()), selected));
        });
        options.sort(Comparator.comparing(FacetOption::selected).reversed().thenComparing(Comparator.comparingLong(FacetOption::count).reversed()));
        return options;
    }

    public List<FacetOption> getKecamatanFacet() {
        CatalogQuery q = result.query();
        List<FacetOption> options = new ArrayList<>();
        for (CatalogReference.Kecamatan k : reference.kecamatan()) {
            Long count = result.facets().kecamatan(q).get(k.id());
            if (count != null) {
                boolean selected = k.id() == (q.kecamatanId() == null ? -1 : q.kecamatanId());
                options.add(new FacetOption(k.name(), count, links.with("kecamatan", selected ? null : k.slug()), selected));
            }
        }
        return options;
    }

    public List<FacetOption> getPriceFacet() {
        CatalogQuery q = result.query();
        Map<Integer, Long> counts = result.facets().priceBuckets(q);
        List<FacetOption> options = new ArrayList<>();
        for (PriceBuckets.Bucket b : PriceBuckets.all()) {
            Long count = counts.get(b.index());
            if (count != null) {
                Long min = b.min() == 0 ? null : b.min();
                boolean selected = Objects.equals(q.minPrice(), min) && Objects.equals(q.maxPrice(), b.maxInclusive());
                options.add(new FacetOption(priceLabel(b), count, selected ? links.withPrice(null, null) : links.withPrice(min, b.maxInclusive()),
                        selected));
            }
        }
        return options;
    }

    public List<FacetOption> getScaleFacet() {
        CatalogQuery q = result.query();
        List<FacetOption> options = new ArrayList<>();
        for (String scale : List.of("MICRO", "SMALL", "MEDIUM")) {
            Long count = result.facets().scales(q).get(scale);
            if (count != null) {
                boolean selected = scale.equals(q.scale());
                options.add(new FacetOption(text("catalog.scale." + scale), count,
                        links.with("skala", selected ? null : scale.toLowerCase(Locale.ROOT)), selected));
            }
        }
        return options;
    }

    public List<ActiveFilter> getActiveFilters() {
        CatalogQuery q = result.query();
        List<ActiveFilter> active = new ArrayList<>();
        if (q.categoryId() != null) {
            active.add(new ActiveFilter(reference.category(q.categoryId()).name(localeSelector.getLocale()), links.with("kategori", null)));
        }
        if (q.kecamatanId() != null) {
            active.add(new ActiveFilter(reference.kecamatan(q.kecamatanId()).name(), links.with("kecamatan", null)));
        }
        if (q.hasPriceRange()) {
            active.add(new ActiveFilter(rangeLabel(q.minPrice(), q.maxPrice()), links.withPrice(null, null)));
        }
        if (q.scale() != null) {
            active.add(new ActiveFilter(text("catalog.scale." + q.scale()), links.with("skala", null)));
        }
        return active;
    }

    public List<SortOption> getSortOptions() {
        List<SortOption> options = new ArrayList<>();
        for (CatalogSort sort : CatalogSort.values()) {
            if (sort == CatalogSort.RELEVANCE && !result.query().hasText()) {
                continue;
            }
            options.add(new SortOption(sort.pageName(), text("catalog.sort." + sort.pageName()), links.with("urut", sort.pageName()),
                    sort == result.query().sort()));
        }
        return options;
    }

    public List<PageLink> getPageLinks() {
        int pages = result.pages();
        int current = result.query().page();
        int from = Math.max(1, current - 2);
        int to = Math.min(pages, current + 2);
        return IntStream.rangeClosed(from, to).mapToObj(n -> new PageLink(n, links.page(n), n == current)).toList();
    }

    public String getPreviousUrl() {
        return result.query().page() > 1 ? links.page(result.query().page() - 1) : null;
    }

    public String getNextUrl() {
        return result.query().page() < result.pages() ? links.page(result.query().page() + 1) : null;
    }

    /** Hidden inputs that keep the filters when the sort or the words change. */
    public List<Hidden> getHiddenFilters() {
        List<Hidden> hidden = new ArrayList<>();
        for (String p : List.of("kategori", "kecamatan", "min", "maks", "skala")) {
            if (links.get(p) != null) {
                hidden.add(new Hidden(p, links.get(p)));
            }
        }
        return hidden;
    }

    public String getUrut() {
        return result.query().sort().pageName();
    }

    public String categoryName(short id) {
        return reference.category(id).name(localeSelector.getLocale());
    }

    public String kecamatanName(short id) {
        return reference.kecamatan(id).name();
    }

    public String price(long rupiah) {
        return Money.rupiah(rupiah).format();
    }

    public String count(long n) {
        return String.format(Locale.forLanguageTag("id-ID"), "%,d", n);
    }

    private String priceLabel(PriceBuckets.Bucket b) {
        return rangeLabel(b.min() == 0 ? null : b.min(), b.maxInclusive());
    }

    private String rangeLabel(Long min, Long max) {
        if (min == null) {
            return text("catalog.price.below", price(max + 1));
        }
        if (max == null) {
            return text("catalog.price.from", price(min));
        }
        return text("catalog.price.between", price(min), price(max));
    }

    private String text(String key, Object... args) {
        return Texts.get(localeSelector.getLocale(), key, args);
    }
}
