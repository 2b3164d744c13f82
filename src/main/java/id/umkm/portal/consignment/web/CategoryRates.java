package id.umkm.portal.consignment.web;

import id.umkm.portal.catalog.application.ProductCategories;
import id.umkm.portal.catalog.application.ProductCategoryOption;
import id.umkm.portal.consignment.application.Agreements;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An agreement's commission by category as people read it ("Batik 10% · Makanan 15%"), for the staff's
 * and the consignor's agreement tables: #{categoryRates.of(agreement)}; empty when there are none.
 */
@Named
@RequestScoped
public class CategoryRates {

    @Inject
    private ProductCategories categories;

    private Map<Short, ProductCategoryOption> byId;

    public String of(Agreements.Agreement agreement) {
        if (agreement.categoryPercents().isEmpty()) {
            return "";
        }
        if (byId == null) {
            byId = categories.all().stream().collect(Collectors.toMap(ProductCategoryOption::id, Function.identity()));
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<Map.Entry<Short, BigDecimal>> rates = agreement.categoryPercents().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).toList();
        return rates.stream().map(r -> (byId.containsKey(r.getKey()) ? byId.get(r.getKey()).name(locale) : "#" + r.getKey())
                + " " + r.getValue().stripTrailingZeros().toPlainString() + "%").collect(Collectors.joining(" · "));
    }
}
