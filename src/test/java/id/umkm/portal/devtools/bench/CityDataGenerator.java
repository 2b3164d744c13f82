package id.umkm.portal.devtools.bench;

import id.umkm.portal.catalog.domain.CatalogUrls;
import id.umkm.portal.catalog.domain.SearchWords;
import id.umkm.portal.devtools.bench.CityWordLists.Category;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Loads a synthetic Balikpapan into a migrated database: 48,161 sellers (one SELLER account each)
 * spread over the kelurahan in proportion to each kecamatan's registered MSMEs, and products with
 * names, descriptions and prices from {@link CityWordLists}. Deterministic (seeded by row number), so
 * an interrupted load resumes where it stopped: sellers and products already there are kept.
 */
public final class CityDataGenerator {

    public static final int SELLERS = 48_161;
    static final String EMAIL_DOMAIN = "@bench.umkm.id";
    /** The demo accounts' hash of umkm-demo-2026 (sql/demo): every bench seller can log in with it. */
    static final String PASSWORD_HASH = "PBKDF2WithHmacSHA512:210000:S8fYZ3D4MoPyUaDVPFlj2h3+ILnoGgHqjB49aMklQZg=:"
            + "JKfebw3kScy8hqBJ7RAcuUEiSScTyDOxlJV/NAjzAeUSfjYDhcRI7kSDUF0pI6cE5TOQRB8A5hhYcYp6L6NAYQ==";
    private static final int BATCH = 1_000;
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final String[] SCALES = {"MICRO", "SMALL", "MEDIUM"};
    private static final Map<Integer, Category> CATEGORIES = CityWordLists.byId();

    private record Seller(long id, int category, int kecamatan, String scale, boolean verified, String name, String kecamatanName) {
    }

    private final Connection connection;

    public CityDataGenerator(Connection connection) {
        this.connection = connection;
    }

    /** Creates what is missing of the sellers and of the wanted number of products; prints rows per second. */
    public void generate(long wantedProducts) throws SQLException {
        connection.setAutoCommit(false);
        createSellers();
        List<Seller> sellers = loadSellers();
        createProducts(sellers, wantedProducts);
        fillVocabulary();
    }

    private void createSellers() throws SQLException {
        int existing = (int) count("SELECT COUNT(*) FROM account WHERE email LIKE '%" + EMAIL_DOMAIN + "'");
        if (existing >= SELLERS) {
            System.out.printf("Sellers: %,d already there%n", existing);
            return;
        }
        List<int[]> kelurahan = rows("SELECT id, kecamatan_id FROM kelurahan ORDER BY id");
        List<int[]> kecamatan = rows("SELECT id, msme_registered_2019_2022 FROM kecamatan ORDER BY id");
        // The n-th seller's kecamatan: kecamatan take consecutive runs of n, as long as their MSME counts.
        int[] kecamatanOf = new int[SELLERS];
        int n = 0;
        for (int[] k : kecamatan) {
            for (int i = 0; i < k[1] && n < SELLERS; i++) {
                kecamatanOf[n++] = k[0];
            }
        }
        long started = System.nanoTime();
        Timestamp now = Timestamp.from(NOW);
        try (PreparedStatement account = connection.prepareStatement(
                "INSERT INTO account (email, full_name, password_hash, status, email_verified_at, preferred_locale, created_at)"
                        + " VALUES (?, ?, ?, 'ACTIVE', ?, 'id', ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement role = connection.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'SELLER')");
             PreparedStatement seller = connection.prepareStatement(
                     "INSERT INTO seller (account_id, slug, business_name, owner_name, nib, nib_checked_at, nib_verified, kecamatan_id,"
                             + " kelurahan_id, address, category_id, scale, phone, description, onboarding_step, status, submitted_at,"
                             + " verified_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 5, ?, ?, ?, ?, ?)")) {
            for (int from = existing; from < SELLERS; from += BATCH) {
                int to = Math.min(SELLERS, from + BATCH);
                for (int i = from; i < to; i++) {
                    SplittableRandom random = new SplittableRandom(1_000_003L * i);
                    account.setString(1, "penjual-" + i + EMAIL_DOMAIN);
                    account.setString(2, CityWordLists.pick(CityWordLists.OWNER_NAMES, random));
                    account.setString(3, PASSWORD_HASH);
                    account.setTimestamp(4, now);
                    account.setTimestamp(5, now);
                    account.addBatch();
                }
                account.executeBatch();
                List<Long> accountIds = new ArrayList<>();
                try (ResultSet keys = account.getGeneratedKeys()) {
                    while (keys.next()) {
                        accountIds.add(keys.getLong(1));
                    }
                }
                for (int i = from; i < to; i++) {
                    long accountId = accountIds.get(i - from);
                    SplittableRandom random = new SplittableRandom(7_000_003L * i);
                    int kec = kecamatanOf[i];
                    List<int[]> inKec = kelurahan.stream().filter(k -> k[1] == kec).toList();
                    int kel = inKec.get(i % inKec.size())[0];
                    String name = CityWordLists.pick(CityWordLists.SELLER_PREFIXES, random) + " "
                            + CityWordLists.pick(CityWordLists.SELLER_NAMES, random);
                    double roll = random.nextDouble();
                    String status = roll < 0.92 ? "VERIFIED" : roll < 0.96 ? "SUBMITTED" : roll < 0.98 ? "DRAFT" : "SUSPENDED";
                    double scaleRoll = random.nextDouble();
                    String scale = scaleRoll < 0.85 ? SCALES[0] : scaleRoll < 0.97 ? SCALES[1] : SCALES[2];
                    Timestamp since = Timestamp.from(NOW.minus(30 + random.nextInt(1_000), ChronoUnit.DAYS));
                    role.setLong(1, accountId);
                    role.addBatch();
                    seller.setLong(1, accountId);
                    seller.setString(2, CatalogUrls.slugify(name) + "-" + (i + 1));
                    seller.setString(3, name);
                    seller.setString(4, CityWordLists.pick(CityWordLists.OWNER_NAMES, random));
                    seller.setString(5, String.valueOf(9_120_000_000_000L + i));
                    seller.setTimestamp(6, since);
                    seller.setBoolean(7, "VERIFIED".equals(status) && random.nextDouble() < 0.9);
                    seller.setInt(8, kec);
                    seller.setInt(9, kel);
                    seller.setString(10, "Jl. " + CityWordLists.pick(CityWordLists.SELLER_NAMES, random) + " No. " + (1 + random.nextInt(200)));
                    seller.setInt(11, sellerCategory(random));
                    seller.setString(12, scale);
                    seller.setString(13, "08" + (1_100_000_000L + i));
                    seller.setString(14, "Usaha " + name + " melayani warga Balikpapan. " + CityWordLists.pick(CityWordLists.PRAISE, random));
                    seller.setString(15, status);
                    seller.setTimestamp(16, "DRAFT".equals(status) ? null : since);
                    seller.setTimestamp(17, "VERIFIED".equals(status) || "SUSPENDED".equals(status) ? since : null);
                    seller.setTimestamp(18, since);
                    seller.setTimestamp(19, since);
                    seller.addBatch();
                }
                role.executeBatch();
                seller.executeBatch();
                connection.commit();
            }
        }
        report("sellers (with accounts)", SELLERS - existing, started);
    }

    /** Half the sellers make food and drinks, as in the city's figures; the rest spread over the other categories. */
    private static int sellerCategory(SplittableRandom random) {
        return random.nextDouble() < 0.5 ? 1 + random.nextInt(10) : 11 + random.nextInt(28);
    }

    private List<Seller> loadSellers() throws SQLException {
        List<Seller> sellers = new ArrayList<>(SELLERS);
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT s.id, s.category_id, s.kecamatan_id, s.scale, s.status, s.business_name, k.name"
                     + " FROM seller s JOIN account a ON a.id = s.account_id JOIN kecamatan k ON k.id = s.kecamatan_id"
                     + " WHERE a.email LIKE '%" + EMAIL_DOMAIN + "' ORDER BY s.id")) {
            while (rs.next()) {
                sellers.add(new Seller(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        "VERIFIED".equals(rs.getString(5)), rs.getString(6), rs.getString(7)));
            }
        }
        connection.commit();
        return sellers;
    }

    private void createProducts(List<Seller> sellers, long wanted) throws SQLException {
        long existing = count("SELECT COUNT(*) FROM product");
        if (existing >= wanted) {
            System.out.printf("Products: %,d already there%n", existing);
            return;
        }
        Map<Long, Set<String>> namesOf = existingNames();
        long started = System.nanoTime();
        try (PreparedStatement product = connection.prepareStatement(
                "INSERT INTO product (seller_id, name, slug, description, category_id, price_rupiah, stock, unit, weight_grams, status,"
                        + " kecamatan_id, seller_scale, visible, created_at, updated_at, published_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long i = existing; i < wanted; i++) {
                SplittableRandom random = new SplittableRandom(31L * i + 17);
                // Most sellers list a handful of products; a few busy ones list hundreds.
                int index = random.nextDouble() < 0.7 ? random.nextInt(sellers.size())
                        : (int) (sellers.size() * Math.pow(random.nextDouble(), 3));
                Seller seller = sellers.get(index);
                Category category = CATEGORIES.get(random.nextDouble() < 0.8 ? seller.category() : 1 + random.nextInt(38));
                String size = CityWordLists.pick(category.sizes(), random);
                String name = uniqueName(namesOf.computeIfAbsent(seller.id(), id -> new HashSet<>()),
                        CityWordLists.pick(category.kinds(), random) + " " + CityWordLists.pick(category.variants(), random)
                                + (size.isEmpty() ? "" : " " + size));
                double roll = random.nextDouble();
                String status = roll < 0.93 ? "PUBLISHED" : roll < 0.98 ? "DRAFT" : "ARCHIVED";
                Instant created = NOW.minus(random.nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES);
                int p = 1;
                product.setLong(p++, seller.id());
                product.setString(p++, name);
                product.setString(p++, CatalogUrls.slugify(name));
                product.setString(p++, name + " dari " + seller.name() + ", Kecamatan " + seller.kecamatanName() + ". "
                        + CityWordLists.pick(CityWordLists.PRAISE, random) + " " + CityWordLists.pick(CityWordLists.PRAISE, random));
                product.setInt(p++, category.id());
                product.setLong(p++, CityWordLists.price(category, random));
                product.setInt(p++, random.nextDouble() < 0.1 ? 0 : 1 + random.nextInt(200));
                product.setString(p++, category.id() >= 30 ? "paket" : "pcs");
                product.setObject(p++, category.id() >= 30 ? null : 100 + random.nextInt(2_000));
                product.setString(p++, status);
                product.setInt(p++, seller.kecamatan());
                product.setString(p++, seller.scale());
                product.setBoolean(p++, seller.verified() && "PUBLISHED".equals(status));
                product.setTimestamp(p++, Timestamp.from(created));
                product.setTimestamp(p++, Timestamp.from(created));
                product.setTimestamp(p, "DRAFT".equals(status) ? null : Timestamp.from(created.plus(1, ChronoUnit.HOURS)));
                product.addBatch();
                if ((i + 1) % BATCH == 0 || i + 1 == wanted) {
                    product.executeBatch();
                    connection.commit();
                }
                if ((i + 1 - existing) % 50_000 == 0) {
                    report("products so far", i + 1 - existing, started);
                }
            }
        }
        report("products", wanted - existing, started);
    }

    /** A seller names each product once (uq_product_seller_name): a repeated name gets " (2)", " (3)"... as a seller would. */
    private static String uniqueName(Set<String> taken, String name) {
        String unique = name;
        for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
            unique = name + " (" + n + ")";
        }
        return unique;
    }

    /** The names each seller already uses, so that a resumed load keeps them unique. */
    private Map<Long, Set<String>> existingNames() throws SQLException {
        Map<Long, Set<String>> names = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT seller_id, name FROM product")) {
            while (rs.next()) {
                names.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2).toLowerCase(Locale.ROOT));
            }
        }
        connection.commit();
        return names;
    }

    /** The words of every name the lists can compose, so the catalogue's typo suggestion needs no catch-up scan. */
    private void fillVocabulary() throws SQLException {
        Set<String> words = new LinkedHashSet<>();
        for (Category c : CityWordLists.CATEGORIES) {
            for (List<String> list : List.of(c.kinds(), c.variants(), c.sizes())) {
                list.forEach(text -> SearchWords.words(text).stream()
                        .filter(w -> w.length() >= SearchWords.MIN_INDEXED_LENGTH).forEach(words::add));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO catalog_word (word) VALUES (?)");
             Statement s = connection.createStatement()) {
            for (String word : words) {
                insert.setString(1, word);
                insert.addBatch();
            }
            insert.executeBatch();
            s.executeUpdate("UPDATE catalog_vocabulary SET last_product_id = (SELECT COALESCE(MAX(id), 0) FROM product) WHERE id = 1");
            connection.commit();
        }
        System.out.printf("Vocabulary: %d words%n", words.size());
    }

    private long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long n = rs.getLong(1);
            connection.commit();
            return n;
        }
    }

    private List<int[]> rows(String sql) throws SQLException {
        List<int[]> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(new int[] {rs.getInt(1), rs.getInt(2)});
            }
        }
        connection.commit();
        return rows;
    }

    private static void report(String what, long rows, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        System.out.printf("%,d %s in %.1f s (%,.0f rows/s)%n", rows, what, seconds, rows / Math.max(seconds, 0.001));
    }
}
