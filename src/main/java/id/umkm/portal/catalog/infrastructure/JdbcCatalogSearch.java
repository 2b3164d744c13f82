package id.umkm.portal.catalog.infrastructure;

import id.umkm.portal.catalog.application.CatalogItem;
import id.umkm.portal.catalog.application.ProductDetail;
import id.umkm.portal.catalog.application.Storefront;
import id.umkm.portal.catalog.domain.CatalogQuery;
import id.umkm.portal.catalog.domain.CatalogSort;
import id.umkm.portal.catalog.domain.CatalogReference;
import id.umkm.portal.catalog.domain.FacetCube;
import id.umkm.portal.catalog.domain.MatchSet;
import id.umkm.portal.catalog.domain.PriceBuckets;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The catalogue's reads, in SQL both MySQL 8 and MariaDB 10.11 run, over the product table's copies
 * of seller facts (visible, kecamatan, scale) so that searches touch one table; sellers are joined
 * only for the page of results shown.
 */
@ApplicationScoped
public class JdbcCatalogSearch {

    @Resource(lookup = "java:app/jdbc/umkm")
    DataSource dataSource;

    /** The facet cube for the query's text and price range (its other filters are applied from the cube). */
    public FacetCube cube(CatalogQuery q) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT p.category_id, p.kecamatan_id, p.seller_scale, ")
                .append(PriceBuckets.sqlCase("p.price_rupiah")).append(", ");
        if (q.hasPriceRange()) {
            sql.append("CASE WHEN ").append(priceRange(q, params)).append(" THEN 1 ELSE 0 END");
        } else {
            sql.append("1");
        }
        sql.append(", COUNT(*) FROM product p WHERE p.visible = TRUE").append(textCondition(q, params))
                .append(" GROUP BY 1, 2, 3, 4, 5");
        return query(sql.toString(), params, rs -> {
            List<FacetCube.Cell> cells = new ArrayList<>();
            while (rs.next()) {
                cells.add(new FacetCube.Cell(rs.getShort(1), rs.getShort(2), rs.getString(3), rs.getInt(4), rs.getInt(5) == 1,
                        rs.getLong(6)));
            }
            return new FacetCube(cells);
        });
    }

    /** Every visible product matching the query's words (whatever its filters), with both relevance scores. */
    public MatchSet matches(CatalogQuery q) {
        List<Object> params = new ArrayList<>();
        params.add(String.join(" ", q.words()));
        params.add(String.join(" ", q.words()));
        String sql = "SELECT p.id, p.category_id, p.kecamatan_id, p.seller_scale, p.price_rupiah, p.published_at,"
                + " MATCH(p.name) AGAINST (? IN BOOLEAN MODE), MATCH(p.name, p.description) AGAINST (? IN BOOLEAN MODE)"
                + " FROM product p WHERE p.visible = TRUE" + textCondition(q, params);
        return query(sql, params, rs -> {
            MatchSet growing = new MatchSet(1_024);
            while (rs.next()) {
                if (growing.size() == growing.capacity()) {
                    growing = growing.grown();
                }
                Timestamp published = rs.getTimestamp(6);
                growing.add(rs.getLong(1), rs.getShort(2), rs.getShort(3), rs.getString(4), rs.getLong(5),
                        published == null ? 0 : published.getTime(), rs.getDouble(7), rs.getDouble(8));
            }
            return growing.trimmed();
        });
    }

    /**
     * The ids of the requested page of a search without indexed words (browsing, or short words), in
     * order: each order follows an index of V4/V5, so no visible rows are sorted.
     */
    public List<Long> pageIds(CatalogQuery q) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT p.id FROM product p").append(orderedIndex(q))
                .append(" WHERE p.visible = TRUE").append(textCondition(q, params));
        if (q.categoryId() != null) {
            sql.append(" AND p.category_id = ?");
            params.add(q.categoryId());
        }
        if (q.kecamatanId() != null) {
            sql.append(" AND p.kecamatan_id = ?");
            params.add(q.kecamatanId());
        }
        if (q.scale() != null) {
            sql.append(" AND p.seller_scale = ?");
            params.add(q.scale());
        }
        if (q.hasPriceRange()) {
            sql.append(" AND ").append(priceRange(q, params));
        }
        sql.append(switch (q.sort()) {
            case RELEVANCE, NEWEST -> " ORDER BY p.published_at DESC, p.id DESC";
            case PRICE_ASC -> " ORDER BY p.price_rupiah ASC, p.id ASC";
            case PRICE_DESC -> " ORDER BY p.price_rupiah DESC, p.id DESC";
        });
        sql.append(" LIMIT ? OFFSET ?");
        params.add(q.size());
        params.add(q.offset());
        return query(sql.toString(), params, JdbcCatalogSearch::ids);
    }

    /**
     * The index a filtered browse reads. Left to itself MariaDB often walked the whole catalogue in the
     * order asked for and read each row for its filters: 1.6 s for "minuman, medium, dearest first" on a
     * million products, 11 ms along the category's own price index. With category, kecamatan and scale
     * all given, ix_product_facets finds exactly the matches (at most ~12,000 to sort by date: 81 ms).
     */
    private static String orderedIndex(CatalogQuery q) {
        boolean byPrice = q.sort() == CatalogSort.PRICE_ASC || q.sort() == CatalogSort.PRICE_DESC;
        if (q.categoryId() != null && q.kecamatanId() != null && q.scale() != null) {
            return " FORCE INDEX (ix_product_facets)";
        }
        if (q.categoryId() != null) {
            return byPrice ? " FORCE INDEX (ix_product_visible_category)" : " FORCE INDEX (ix_product_visible_category_new)";
        }
        if (q.kecamatanId() != null) {
            return byPrice ? " FORCE INDEX (ix_product_visible_kecamatan)" : " FORCE INDEX (ix_product_visible_kecamatan_new)";
        }
        return "";
    }

    /**
     * The cards of these products, in the given order, leaving out any hidden since a cached result
     * listed it: a page may then show one card fewer, but never a product that is no longer public.
     */
    public List<CatalogItem> items(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        Map<Long, CatalogItem> byId = query("SELECT p.id, p.name, p.slug, p.price_rupiah, p.stock, p.category_id, p.kecamatan_id,"
                + " s.id, s.business_name, s.slug, p.cover_media_id FROM product p JOIN seller s ON s.id = p.seller_id"
                + " WHERE p.id IN (" + marks + ") AND p.visible = TRUE", new ArrayList<>(ids), rs -> {
                    Map<Long, CatalogItem> map = new HashMap<>();
                    while (rs.next()) {
                        map.put(rs.getLong(1), new CatalogItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getInt(5), rs.getShort(6), rs.getShort(7), rs.getLong(8), rs.getString(9), rs.getString(10),
                                rs.getObject(11, Long.class)));
                    }
                    return map;
                });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** A product of a verified seller that is published and visible; nothing otherwise. */
    public Optional<ProductDetail> product(long id) {
        return query("SELECT p.id, p.name, p.slug, p.description, p.price_rupiah, p.stock, p.unit, p.weight_grams, p.category_id,"
                + " p.kecamatan_id, p.published_at, p.cover_media_id, s.id, s.slug, s.business_name, s.nib_verified, k.name"
                + " FROM product p JOIN seller s ON s.id = p.seller_id LEFT JOIN kelurahan k ON k.id = s.kelurahan_id"
                + " WHERE p.id = ? AND p.visible = TRUE AND p.status = 'PUBLISHED' AND s.status = 'VERIFIED'", List.of(id), rs -> {
                    if (!rs.next()) {
                        return Optional.<ProductDetail>empty();
                    }
                    Long cover = rs.getObject(12, Long.class);
                    List<Long> photos = photos(id);
                    if (photos.isEmpty() && cover != null) {
                        photos = List.of(cover);
                    }
                    Timestamp published = rs.getTimestamp(11);
                    return Optional.of(new ProductDetail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getInt(6), rs.getString(7), rs.getObject(8, Integer.class), rs.getShort(9),
                            rs.getShort(10), published == null ? null : published.toInstant(), variants(id), photos,
                            new ProductDetail.Seller(rs.getLong(13), rs.getString(14), rs.getString(15), rs.getBoolean(16),
                                    rs.getString(17))));
                });
    }

    public Optional<Storefront> storefront(String slug) {
        return query("SELECT s.id, s.slug, s.business_name, s.kecamatan_id, k.name, s.category_id, s.nib_verified, s.description,"
                + " s.logo_media_id FROM seller s LEFT JOIN kelurahan k ON k.id = s.kelurahan_id"
                + " WHERE s.slug = ? AND s.status = 'VERIFIED'", List.of(slug), rs -> rs.next()
                        ? Optional.of(new Storefront(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Short.class),
                                rs.getString(5), rs.getObject(6, Short.class), rs.getBoolean(7), rs.getString(8),
                                rs.getObject(9, Long.class)))
                        : Optional.empty());
    }

    public long countOfSeller(long sellerId) {
        return query("SELECT COUNT(*) FROM product WHERE seller_id = ? AND visible = TRUE", List.of(sellerId), rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    public List<Long> pageOfSeller(long sellerId, int offset, int size) {
        return query("SELECT id FROM product WHERE seller_id = ? AND visible = TRUE ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?",
                List.of(sellerId, size, offset), JdbcCatalogSearch::ids);
    }

    public CatalogReference reference() {
        List<CatalogReference.Category> categories = query(
                "SELECT id, slug, name_id, name_en FROM business_category ORDER BY sort_order, id", List.of(), rs -> {
                    List<CatalogReference.Category> list = new ArrayList<>();
                    while (rs.next()) {
                        list.add(new CatalogReference.Category(rs.getShort(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                    return list;
                });
        List<CatalogReference.Kecamatan> kecamatan = query("SELECT id, slug, name FROM kecamatan ORDER BY name", List.of(), rs -> {
            List<CatalogReference.Kecamatan> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new CatalogReference.Kecamatan(rs.getShort(1), rs.getString(2), rs.getString(3)));
            }
            return list;
        });
        return new CatalogReference(categories, kecamatan);
    }

    private List<ProductDetail.Variant> variants(long productId) {
        return query("SELECT size, colour, price_rupiah, stock FROM product_variant WHERE product_id = ? ORDER BY sort_order, id",
                List.of(productId), rs -> {
                    List<ProductDetail.Variant> list = new ArrayList<>();
                    while (rs.next()) {
                        list.add(new ProductDetail.Variant(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4)));
                    }
                    return list;
                });
    }

    private List<Long> photos(long productId) {
        return query("SELECT media_id FROM product_photo WHERE product_id = ? ORDER BY position", List.of(productId),
                JdbcCatalogSearch::ids);
    }

    /**
     * Words the index holds must all occur (boolean mode, "+word"); a text of only short words matches
     * names starting with its first word, through the (visible, name) index.
     */
    private static String textCondition(CatalogQuery q, List<Object> params) {
        if (!q.words().isEmpty()) {
            params.add(q.words().stream().map(w -> "+" + w).collect(Collectors.joining(" ")));
            return " AND MATCH(p.name, p.description) AGAINST (? IN BOOLEAN MODE)";
        }
        if (!q.shortWords().isEmpty()) {
            params.add(q.shortWords().get(0) + "%");
            return " AND p.name LIKE ?";
        }
        return "";
    }

    private static String priceRange(CatalogQuery q, List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (q.minPrice() != null) {
            parts.add("p.price_rupiah >= ?");
            params.add(q.minPrice());
        }
        if (q.maxPrice() != null) {
            parts.add("p.price_rupiah <= ?");
            params.add(q.maxPrice());
        }
        return String.join(" AND ", parts);
    }

    private static List<Long> ids(ResultSet rs) throws SQLException {
        List<Long> ids = new ArrayList<>();
        while (rs.next()) {
            ids.add(rs.getLong(1));
        }
        return Collections.unmodifiableList(ids);
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    <T> T query(String sql, List<Object> params, Reader<T> reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            // A persistence failure like JPA's, so a database that is away is answered "busy, try again" (503).
            throw new PersistenceException("Catalogue query failed: " + sql, e);
        }
    }
}
