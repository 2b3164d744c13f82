package id.umkm.portal.catalog.application;

import java.io.Serializable;
import java.util.Locale;

/** A business category a product may be filed under. */
public record ProductCategoryOption(short id, String slug, String nameId, String nameEn) implements Serializable {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameId;
    }
}
