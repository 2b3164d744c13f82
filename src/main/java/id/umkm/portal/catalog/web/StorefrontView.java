package id.umkm.portal.catalog.web;

import id.umkm.portal.catalog.application.CatalogItem;
import id.umkm.portal.catalog.application.CatalogSearch;
import id.umkm.portal.catalog.application.Storefront;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.web.LocaleSelector;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A verified seller's storefront (/toko/{slug}): profile summary and their visible products, 24 a page. */
@Named
@RequestScoped
public class StorefrontView {

    private static final int PAGE_SIZE = 24;

    @Inject
    CatalogSearch catalog;

    @Inject
    LocaleSelector localeSelector;

    private Storefront store;
    private CatalogSearch.StorefrontPage products;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        store = (Storefront) external.getRequestMap().get(CatalogUrlFilter.STORE_ATTRIBUTE);
        if (store != null) {
            int page = 1;
            try {
                page = Math.max(1, Integer.parseInt(external.getRequestParameterMap().getOrDefault("hal", "1")));
            } catch (NumberFormatException ignored) {
                // A mangled page number shows the first page.
            }
            products = catalog.storefrontProducts(store, Math.min(page, 1_000), PAGE_SIZE);
        }
    }

    public Storefront getStore() {
        return store;
    }

    public List<CatalogItem> getItems() {
        return products.items();
    }

    public CatalogSearch.StorefrontPage getProducts() {
        return products;
    }

    public String getKecamatan() {
        return store.kecamatanId() == null ? "" : catalog.reference().kecamatan(store.kecamatanId()).name();
    }

    public String getCategory() {
        return store.categoryId() == null ? "" : catalog.reference().category(store.categoryId()).name(localeSelector.getLocale());
    }

    public String kecamatanName(short id) {
        return catalog.reference().kecamatan(id).name();
    }

    public String price(long rupiah) {
        return Money.rupiah(rupiah).format();
    }

    public String pageUrl(int page) {
        return store.url() + (page <= 1 ? "" : "?hal=" + page);
    }
}
