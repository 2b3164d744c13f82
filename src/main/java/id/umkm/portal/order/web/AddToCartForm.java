package id.umkm.portal.order.web;

import id.umkm.portal.catalog.application.ProductStock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The product page's "add to cart" form: the variants to choose from, with their stock. */
@Named
@RequestScoped
public class AddToCartForm {

    @Inject
    private ProductStock stock;

    public List<ProductStock.Sellable> variants(long productId) {
        return stock.variants(productId);
    }

    /** Pieces left: of the product, or of its variants together. */
    public int stockOf(long productId) {
        List<ProductStock.Sellable> variants = variants(productId);
        return variants.isEmpty() ? stock.find(productId, 0).map(ProductStock.Sellable::stock).orElse(0)
                : variants.stream().mapToInt(ProductStock.Sellable::stock).sum();
    }
}
