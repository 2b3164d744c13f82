package id.umkm.portal.catalog.web;

import id.umkm.portal.catalog.domain.VariantSpec;
import java.io.Serializable;

/** A line of the variants editor, as the inputs fill it. */
public class VariantRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String size;
    private String colour;
    private Long price;
    private Integer stock;

    public VariantRow() {
    }

    VariantRow(VariantSpec spec) {
        this.size = spec.size();
        this.colour = spec.colour();
        this.price = spec.priceRupiah();
        this.stock = spec.stock();
    }

    VariantSpec spec() {
        return new VariantSpec(size, colour, price, stock);
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
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
}
