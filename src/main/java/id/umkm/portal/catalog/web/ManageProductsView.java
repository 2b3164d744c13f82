package id.umkm.portal.catalog.web;

import id.umkm.portal.catalog.application.ProductSnapshot;
import id.umkm.portal.catalog.application.SellerProducts;
import id.umkm.portal.catalog.domain.ProductStatus;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** seller/products/index.xhtml: the seller's products, filtered by status and name, with quick publish and archive. */
@Named
@ViewScoped
public class ManageProductsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SellerProducts products;

    @Inject
    private CurrentUser currentUser;

    private ProductStatus statusFilter;
    private String search;
    private List<ProductSnapshot> rows = List.of();
    private boolean hasProfile;

    @PostConstruct
    void load() {
        try {
            rows = products.list(account(), statusFilter, search);
            hasProfile = true;
        } catch (RuleViolation noProfile) {
            hasProfile = false;
            rows = List.of();
        }
    }

    public void filter() {
        load();
    }

    public void publish(ProductSnapshot row) {
        change(row, ProductStatus.PUBLISHED, "product.published");
    }

    public void archive(ProductSnapshot row) {
        change(row, ProductStatus.ARCHIVED, "product.archived");
    }

    private void change(ProductSnapshot row, ProductStatus status, String doneKey) {
        try {
            ProductSnapshot changed = products.changeStatus(account(), row.id(), status, row.version());
            PageMessages.info(changed.visible() || status != ProductStatus.PUBLISHED ? doneKey : "product.publishedNotVisible",
                    changed.name());
        } catch (RuleViolation violation) {
            PageMessages.show(null, violation);
        }
        load();
    }

    private long account() {
        return currentUser.require().getId();
    }

    public List<ProductStatus> getStatuses() {
        return Arrays.asList(ProductStatus.values());
    }

    public List<ProductSnapshot> getRows() {
        return rows;
    }

    public boolean isHasProfile() {
        return hasProfile;
    }

    public ProductStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(ProductStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
