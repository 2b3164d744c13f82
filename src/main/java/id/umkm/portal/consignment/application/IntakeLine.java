package id.umkm.portal.consignment.application;

import java.time.LocalDate;

/** One batch brought in: what it is, how many units, the outlet's price, and for food its best-before date. */
public record IntakeLine(String name, Short categoryId, Integer quantity, Long unitPriceRupiah, LocalDate bestBefore) {
}
