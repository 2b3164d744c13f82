package id.umkm.portal.shared.api;

import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of API messages: the first of Accept-Language the portal speaks, else Bahasa Indonesia. */
final class ApiLocale {

    private ApiLocale() {
    }

    static Locale of(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> "en".equals(l.getLanguage()) || "id".equals(l.getLanguage()) || "in".equals(l.getLanguage()))
                .findFirst()
                .map(Texts::supported)
                .orElse(Texts.INDONESIAN);
    }
}
