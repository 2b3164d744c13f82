package id.umkm.portal.catalog.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The units a product is sold by, as Balikpapan's market stalls say them. */
public enum ProductUnit {
    PCS, KG, GRAM, LITER, BUNGKUS, BOTOL, TOPLES, KOTAK, LEMBAR, PAKET, SET, PORSI, PASANG, METER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProductUnit> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(u -> u.name().equals(wanted)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ProductUnit::code).toList();
    }
}
