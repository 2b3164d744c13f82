package id.umkm.portal.consignment.domain;

import java.math.BigDecimal;
import java.util.Map;

/** The outlet's percentage under an agreement: one for all goods, or another for some business categories. */
public record CommissionTerms(BigDecimal percent, Map<Short, BigDecimal> byCategory) {

    public CommissionTerms {
        byCategory = Map.copyOf(byCategory);
    }

    public BigDecimal percentFor(short categoryId) {
        return byCategory.getOrDefault(categoryId, percent);
    }
}
