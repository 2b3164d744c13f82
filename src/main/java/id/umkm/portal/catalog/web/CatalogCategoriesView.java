package id.umkm.portal.catalog.web;

import id.umkm.portal.catalog.application.CatalogSearch;
import id.umkm.portal.shared.web.LocaleSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page's category tiles, each opening the catalogue filtered by that category. */
@Named
@RequestScoped
public class CatalogCategoriesView {

    public record Tile(String slug, String name, String url) {
    }

    @Inject
    CatalogSearch catalog;

    @Inject
    LocaleSelector localeSelector;

    public List<Tile> getTiles() {
        return catalog.reference().categories().stream()
                .map(c -> new Tile(c.slug(), c.name(localeSelector.getLocale()), CatalogLinksForPages.category(c.slug())))
                .toList();
    }
}
