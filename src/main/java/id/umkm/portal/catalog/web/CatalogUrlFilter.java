package id.umkm.portal.catalog.web;

import id.umkm.portal.catalog.application.CatalogSearch;
import id.umkm.portal.catalog.application.ProductDetail;
import id.umkm.portal.catalog.application.Storefront;
import id.umkm.portal.catalog.domain.CatalogUrls;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The catalogue's clean addresses. /katalog, /p/{id}-{slug} and /toko/{sellerSlug} are forwarded to
 * their Faces views (with the product or seller already read); a product asked for with an outdated or
 * missing slug is redirected (301) to its canonical address; anything not public answers 404. The
 * views' own file names redirect to the clean addresses, so every page has one address to share.
 */
@WebFilter(urlPatterns = {"/katalog", "/katalog/", "/p/*", "/toko/*", "/catalog/*"}, dispatcherTypes = DispatcherType.REQUEST)
public class CatalogUrlFilter extends HttpFilter {

    static final String PRODUCT_ATTRIBUTE = "catalog.product";
    static final String STORE_ATTRIBUTE = "catalog.storefront";
    static final String CATALOG_VIEW = "/catalog/index.xhtml";
    static final String PRODUCT_VIEW = "/catalog/product.xhtml";
    static final String STORE_VIEW = "/catalog/store.xhtml";
    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogSearch catalog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getParameter("lang") != null) {
            // LanguageSwitchFilter remembers the language and redirects to this address without it.
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(CatalogUrls.CATALOG) || path.equals(CatalogUrls.CATALOG + "/")) {
            request.getRequestDispatcher(CATALOG_VIEW).forward(request, response);
        } else if (path.startsWith(CatalogUrls.PRODUCT_PREFIX)) {
            product(path, request, response);
        } else if (path.startsWith(CatalogUrls.STORE_PREFIX)) {
            store(path, request, response);
        } else if (path.equals(CATALOG_VIEW)) {
            redirect(request, response, CatalogUrls.CATALOG, request.getQueryString());
        } else if (path.equals(PRODUCT_VIEW)) {
            Optional<ProductDetail> product = parseLong(request.getParameter("id")).flatMap(catalog::product);
            if (product.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            redirect(request, response, product.get().url(), withoutParameter(request.getQueryString(), "id"));
        } else if (path.equals(STORE_VIEW)) {
            String slug = request.getParameter("slug");
            if (slug == null || catalog.storefront(slug).isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            redirect(request, response, CatalogUrls.store(slug), withoutParameter(request.getQueryString(), "slug"));
        } else {
            chain.doFilter(request, response);
        }
    }

    private void product(String path, HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Optional<ProductDetail> product = CatalogUrls.parseProduct(path).flatMap(p -> catalog.product(p.id()));
        if (product.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!product.get().url().equals(path)) {
            redirect(request, response, product.get().url(), request.getQueryString());
            return;
        }
        request.setAttribute(PRODUCT_ATTRIBUTE, product.get());
        // The view's own address (with its id) is what the page's language links start from.
        request.getRequestDispatcher(PRODUCT_VIEW + "?id=" + product.get().id()).forward(request, response);
    }

    private void store(String path, HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Optional<Storefront> store = CatalogUrls.parseStore(path).flatMap(catalog::storefront);
        if (store.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(STORE_ATTRIBUTE, store.get());
        request.getRequestDispatcher(STORE_VIEW + "?slug=" + store.get().slug()).forward(request, response);
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path, String query) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + path + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    static String withoutParameter(String query, String name) {
        if (query == null) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> !pair.equals(name) && !pair.startsWith(name + "="))
                .collect(Collectors.joining("&"));
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
