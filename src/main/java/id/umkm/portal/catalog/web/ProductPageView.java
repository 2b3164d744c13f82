package id.umkm.portal.catalog.web;

import id.umkm.portal.catalog.application.CatalogSearch;
import id.umkm.portal.catalog.application.ProductDetail;
import id.umkm.portal.catalog.domain.CatalogReference;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.web.LocaleSelector;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A public product page (/p/{id}-{slug}); {@link CatalogUrlFilter} has read the product already. */
@Named
@RequestScoped
public class ProductPageView {

    @Inject
    CatalogSearch catalog;

    @Inject
    LocaleSelector localeSelector;

    private ProductDetail product;
    private String absoluteUrl;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        product = (ProductDetail) external.getRequestMap().get(CatalogUrlFilter.PRODUCT_ATTRIBUTE);
        if (product != null) {
            String scheme = external.getRequestScheme();
            int port = external.getRequestServerPort();
            boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            absoluteUrl = scheme + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                    + external.getRequestContextPath() + product.url();
        }
    }

    public ProductDetail getProduct() {
        return product;
    }

    public String getPrice() {
        return Money.rupiah(product.priceRupiah()).format();
    }

    public String price(long rupiah) {
        return Money.rupiah(rupiah).format();
    }

    public String getCategory() {
        CatalogReference.Category c = catalog.reference().category(product.categoryId());
        return c.name(localeSelector.getLocale());
    }

    public String getCategoryUrl() {
        return CatalogLinksForPages.category(catalog.reference().category(product.categoryId()).slug());
    }

    public String getKecamatan() {
        return catalog.reference().kecamatan(product.kecamatanId()).name();
    }

    public List<String> getPhotoUrls() {
        return product.photoMediaIds().stream().map(id -> "/media/" + id).toList();
    }

    /** wa.me opens WhatsApp (app or web) with the product's name and address ready to send. */
    public String getWhatsAppUrl() {
        return "https://wa.me/?text=" + URLEncoder.encode(product.name() + " " + absoluteUrl, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String getAbsoluteUrl() {
        return absoluteUrl;
    }
}
