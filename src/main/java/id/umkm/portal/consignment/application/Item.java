package id.umkm.portal.consignment.application;

import id.umkm.portal.consignment.domain.AgeFlag;
import id.umkm.portal.shared.domain.Money;
import java.io.Serializable;
import java.time.LocalDate;

/** A labelled batch at an outlet, with where its units are now. */
public record Item(long id, String code, long intakeId, long agreementId, long sellerId, String sellerName, long outletId,
        String name, short categoryId, Money unitPrice, Money originalPrice, LocalDate bestBefore, LocalDate consignUntil,
        int received, int inStock, int reserved, int sold, int expired, int returned, int damaged, int lost,
        AgeFlag ageFlag) implements Serializable {

    public boolean isMarkedDown() {
        return unitPrice.compareTo(originalPrice) < 0;
    }
}
