package id.umkm.portal.catalog.web;

import id.umkm.portal.catalog.application.ProductCategories;
import id.umkm.portal.catalog.application.ProductCategoryOption;
import id.umkm.portal.catalog.application.ProductSnapshot;
import id.umkm.portal.catalog.application.SellerProducts;
import id.umkm.portal.catalog.domain.ProductDetails;
import id.umkm.portal.catalog.domain.ProductNotFoundException;
import id.umkm.portal.catalog.domain.ProductPhotos;
import id.umkm.portal.catalog.domain.ProductStatus;
import id.umkm.portal.catalog.domain.ProductUnit;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.media.MediaStore;
import id.umkm.portal.shared.media.StoredMedia;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * seller/products/edit.xhtml: create or edit a product with its photos and variants. Photos are
 * stored as they are uploaded and attached to the product when it is saved.
 */
@Named
@ViewScoped
public class EditProductView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "product";

    @Inject
    private SellerProducts products;

    @Inject
    private ProductCategories categories;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private int version;
    private ProductStatus status = ProductStatus.DRAFT;
    private boolean visible;
    private String path;
    private String name;
    private String description;
    private Short categoryId;
    private Long price;
    private Integer stock;
    private String unit = ProductUnit.PCS.code();
    private Integer weightGrams;
    private List<VariantRow> variants = new ArrayList<>();
    private List<Long> photos = new ArrayList<>();
    private boolean loaded;

    /** f:viewAction: an id that is not this seller's product gives the same 404 as a missing one. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            return;
        }
        try {
            show(products.get(account(), id));
        } catch (ProductNotFoundException | RuleViolation notHers) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public String save() {
        return save(false);
    }

    public String saveAndPublish() {
        return save(true);
    }

    private String save(boolean publish) {
        try {
            ProductDetails details = new ProductDetails(name, description, categoryId, price, stock, unit, weightGrams,
                    variants.stream().map(VariantRow::spec).toList());
            ProductSnapshot saved = id == null ? products.create(account(), details, photos)
                    : products.update(account(), id, version, details, photos);
            show(saved);
            if (publish) {
                show(products.changeStatus(account(), saved.id(), ProductStatus.PUBLISHED, saved.version()));
            }
            PageMessages.info(publish ? (visible ? "product.published" : "product.publishedNotVisible") : "product.saved", this.name);
            return "/seller/products/edit?faces-redirect=true&id=" + this.id;
        } catch (RuleViolation violation) {
            PageMessages.show(FORM, violation);
            return null;
        }
    }

    public void upload(FileUploadEvent event) {
        if (photos.size() >= ProductPhotos.MAX) {
            PageMessages.show(FORM, new RuleViolation("photo", "product.photos.tooMany", ProductPhotos.MAX));
            return;
        }
        try {
            StoredMedia stored = products.uploadPhoto(account(), event.getFile().getFileName(),
                    event.getFile().getInputStream().readNBytes(MediaStore.MAX_BYTES + 1));
            photos.add(stored.id());
        } catch (RuleViolation violation) {
            PageMessages.show(FORM, violation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removePhoto(Long mediaId) {
        photos.remove(mediaId);
    }

    public void makeCover(Long mediaId) {
        photos.remove(mediaId);
        photos.add(0, mediaId);
    }

    public void addVariant() {
        VariantRow row = new VariantRow();
        row.setPrice(price);
        row.setStock(0);
        variants.add(row);
    }

    public void removeVariant(VariantRow row) {
        variants.remove(row);
    }

    private void show(ProductSnapshot p) {
        id = p.id();
        version = p.version();
        status = p.status();
        visible = p.visible();
        path = p.path();
        name = p.name();
        description = p.description();
        categoryId = p.categoryId();
        price = p.price().rupiah();
        stock = p.stock();
        unit = p.unit();
        weightGrams = p.weightGrams();
        variants = new ArrayList<>(p.variants().stream().map(VariantRow::new).toList());
        photos = new ArrayList<>(p.photoIds());
    }

    private long account() {
        return currentUser.require().getId();
    }

    public List<ProductCategoryOption> getCategories() {
        return categories.all();
    }

    public List<String> getUnits() {
        return ProductUnit.codes();
    }

    public boolean isCanAddPhoto() {
        return photos.size() < ProductPhotos.MAX;
    }

    public int getMaxPhotos() {
        return ProductPhotos.MAX;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getVersion() {
        return version;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public boolean isVisible() {
        return visible;
    }

    public String getPath() {
        return path;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Short getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Short categoryId) {
        this.categoryId = categoryId;
    }

    public Long getPrice() {
        return price;
    }

    public void setPrice(Long price) {
        this.price = price;
    }

    public Integer getStock() {
        return stock;
    }

    public void setStock(Integer stock) {
        this.stock = stock;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getWeightGrams() {
        return weightGrams;
    }

    public void setWeightGrams(Integer weightGrams) {
        this.weightGrams = weightGrams;
    }

    public List<VariantRow> getVariants() {
        return variants;
    }

    public List<Long> getPhotos() {
        return photos;
    }
}
