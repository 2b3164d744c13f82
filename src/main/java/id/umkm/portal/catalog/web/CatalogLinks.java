package id.umkm.portal.catalog.web;

import id.umkm.portal.catalog.domain.CatalogUrls;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalogue page's links as plain GET URLs (/katalog?q=...&kategori=...), so every state of a
 * search can be bookmarked and shared, and facets work without JavaScript. Changing a filter goes back
 * to page 1.
 */
public final class CatalogLinks {

    public static final List<String> PARAMETERS = List.of("q", "kategori", "kecamatan", "min", "maks", "skala", "urut", "hal");

    private final String contextPath;
    private final Map<String, String> current;

    public CatalogLinks(String contextPath, Map<String, String> current) {
        this.contextPath = contextPath;
        this.current = new LinkedHashMap<>();
        PARAMETERS.forEach(p -> {
            String v = current.get(p);
            if (v != null && !v.isBlank()) {
                this.current.put(p, v.trim());
            }
        });
    }

    public String get(String parameter) {
        return current.get(parameter);
    }

    /** The current search with one parameter set (or removed when value is null), back on page 1. */
    public String with(String parameter, String value) {
        Map<String, String> next = new LinkedHashMap<>(current);
        next.remove("hal");
        if (value == null) {
            next.remove(parameter);
        } else {
            next.put(parameter, value);
        }
        return url(next);
    }

    /** The current search with a price range (either bound may be null), back on page 1. */
    public String withPrice(Long min, Long max) {
        Map<String, String> next = new LinkedHashMap<>(current);
        next.remove("hal");
        next.remove("min");
        next.remove("maks");
        if (min != null) {
            next.put("min", String.valueOf(min));
        }
        if (max != null) {
            next.put("maks", String.valueOf(max));
        }
        return url(next);
    }

    public String page(int page) {
        Map<String, String> next = new LinkedHashMap<>(current);
        if (page <= 1) {
            next.remove("hal");
        } else {
            next.put("hal", String.valueOf(page));
        }
        return url(next);
    }

    /** The same words without any filter. */
    public String onlyText() {
        Map<String, String> next = new LinkedHashMap<>();
        if (current.containsKey("q")) {
            next.put("q", current.get("q"));
        }
        return url(next);
    }

    public String text(String q) {
        Map<String, String> next = new LinkedHashMap<>(current);
        next.remove("hal");
        next.put("q", q);
        return url(next);
    }

    private String url(Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return contextPath + CatalogUrls.CATALOG + (query.isEmpty() ? "" : "?" + query);
    }
}
