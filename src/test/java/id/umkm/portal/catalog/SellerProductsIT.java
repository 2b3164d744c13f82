package id.umkm.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.catalog.ProductTestSellers.TestSeller;
import id.umkm.portal.shared.media.TestImages;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A seller's products through the API: rules, photos, import, visibility, isolation between sellers, races. */
class SellerProductsIT extends PortalIT {

    private static final String API = "/api/v1/seller/products";

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
    }

    @Test
    void createEditPublishWithVariantsAndTheCataloguesCopies() {
        TestSeller seller = ProductTestSellers.create("Toko Kuntul", "VERIFIED", 2, "SMALL");
        ProductHttp api = new ProductHttp(base, seller.email());

        HttpResponse<String> created = api.post(API, product("Kemeja Batik Kuntul Perak", 185_000, 5).build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject shirt = PortalClient.json(created);
        long id = shirt.getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/seller/products/" + id);
        assertThat(shirt.getString("status")).isEqualTo("DRAFT");
        assertThat(shirt.getBoolean("visible")).isFalse();
        assertThat(shirt.getString("url")).isEqualTo("/p/" + id + "-kemeja-batik-kuntul-perak");

        // Variants: the product's price is the cheapest, its stock the sum.
        JsonObjectBuilder edit = product("Kemeja Batik Kuntul Perak", 1, 0)
                .add("version", shirt.getInt("version"))
                .add("variants", Json.createArrayBuilder()
                        .add(variant("M", "Biru", 190_000, 3))
                        .add(variant("L", "Biru", 195_000, 2))
                        .add(variant("S", "", 175_000, 1)));
        HttpResponse<String> edited = api.put(API + "/" + id, edit.build().toString());
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonObject withVariants = PortalClient.json(edited);
        assertThat(withVariants.getJsonNumber("price").longValue()).isEqualTo(175_000);
        assertThat(withVariants.getInt("stock")).isEqualTo(6);
        assertThat(withVariants.getBoolean("hasVariants")).isTrue();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product_variant WHERE product_id = ?", id)).isEqualTo(3);
        assertThat(TestDatabase.count("SELECT price_rupiah FROM product WHERE id = ?", id)).isEqualTo(175_000);

        HttpResponse<String> published = api.put(API + "/" + id + "/status", "{\"status\":\"PUBLISHED\"}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(PortalClient.json(published).getBoolean("visible")).isTrue();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product WHERE id = ? AND visible AND kecamatan_id = 2"
                + " AND seller_scale = 'SMALL' AND published_at IS NOT NULL", id)).isEqualTo(1);

        HttpResponse<String> archived = api.put(API + "/" + id + "/status", "{\"status\":\"ARCHIVED\"}");
        assertThat(PortalClient.json(archived).getBoolean("visible")).isFalse();

        JsonArray mine = array(api.get(API + "?q=kuntul"));
        assertThat(mine).hasSize(1);
        assertThat(array(api.get(API + "?status=PUBLISHED"))).isEmpty();
    }

    @Test
    void badInputIsRefusedWithTranslatedMessagesAndNothingSaved() {
        TestSeller seller = ProductTestSellers.create("Toko Salah", "VERIFIED", 1, "MICRO");
        ProductHttp api = new ProductHttp(base, seller.email());

        HttpResponse<String> noPrice = api.post(API, product("Amplang Tanpa Harga", 0, 5).build().toString());
        assertThat(noPrice.statusCode()).isEqualTo(400);
        assertThat(noPrice.body()).contains("\"field\":\"price\"").contains("Isi harga dalam rupiah");

        HttpResponse<String> badCategory = api.post(API, product("Amplang Kategori Aneh", 1000, 5).add("categoryId", 999).build().toString());
        assertThat(badCategory.statusCode()).isEqualTo(400);
        assertThat(badCategory.body()).contains("categoryId");

        HttpResponse<String> twinVariants = api.post(API, product("Kaos Kembar", 1000, 1).add("variants", Json.createArrayBuilder()
                .add(variant("M", "", 1000, 1)).add(variant("m", "", 2000, 1))).build().toString());
        assertThat(twinVariants.statusCode()).isEqualTo(400);
        assertThat(twinVariants.body()).contains("tertulis dua kali");

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product WHERE seller_id = ?", seller.sellerId())).isZero();
    }

    @Test
    void visibilityFollowsTheSellersStatus() {
        TestSeller unverified = ProductTestSellers.create("Toko Baru", "SUBMITTED", 5, "MICRO");
        ProductHttp api = new ProductHttp(base, unverified.email());
        long id = createdId(api.post(API, product("Kue Bingka Pandan", 45_000, 3).build().toString()));

        JsonObject published = PortalClient.json(api.put(API + "/" + id + "/status", "{\"status\":\"PUBLISHED\"}"));
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.getBoolean("visible")).as("an unverified seller's product stays hidden").isFalse();

        TestDatabase.update("UPDATE seller SET status = 'VERIFIED' WHERE id = ?", unverified.sellerId());
        JsonObject saved = PortalClient.json(api.put(API + "/" + id,
                product("Kue Bingka Pandan", 45_000, 3).add("version", published.getInt("version")).build().toString()));
        assertThat(saved.getBoolean("visible")).as("saving reads the seller afresh").isTrue();

        TestSeller draft = ProductTestSellers.create("Toko Draf", "DRAFT", null, null);
        ProductHttp draftApi = new ProductHttp(base, draft.email());
        long draftProduct = createdId(draftApi.post(API, product("Keripik Draf", 15_000, 3).build().toString()));
        HttpResponse<String> refused = draftApi.put(API + "/" + draftProduct + "/status", "{\"status\":\"PUBLISHED\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("kecamatan dan skala usaha");
        assertThat(TestDatabase.string("SELECT status FROM product WHERE id = ?", draftProduct)).isEqualTo("DRAFT");
    }

    @Test
    void photosAreCheckedByContentStoredWithThumbnailsAndServedCacheable() {
        TestSeller seller = ProductTestSellers.create("Toko Foto", "VERIFIED", 3, "MICRO");
        ProductHttp api = new ProductHttp(base, seller.email());
        long id = createdId(api.post(API, product("Amplang Foto", 30_000, 10).build().toString()));
        String photos = API + "/" + id + "/photos";

        HttpResponse<String> png = api.postBytes(photos, "image/png", "amplang.png", TestImages.png(900, 600));
        assertThat(png.statusCode()).as(png.body()).isEqualTo(201);
        assertThat(api.postBytes(photos, "application/octet-stream", "kopi.jpg", TestImages.jpeg(640, 480)).statusCode()).isEqualTo(201);
        HttpResponse<String> webp = api.postMultipart(photos, "kecil.webp", "image/webp", TestImages.WEBP);
        assertThat(webp.statusCode()).as(webp.body()).isEqualTo(201);
        JsonArray stored = PortalClient.json(webp).getJsonArray("photos");
        assertThat(stored).hasSize(3);
        long cover = stored.getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(TestDatabase.count("SELECT cover_media_id FROM product WHERE id = ?", id)).isEqualTo(cover);
        assertThat(TestDatabase.string("SELECT content_type FROM media WHERE id = ?",
                stored.getJsonObject(2).getJsonNumber("id").longValue())).isEqualTo("image/webp");

        HttpResponse<byte[]> original = api.getBytes("/media/" + cover, null);
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(original.headers().firstValue("Cache-Control").orElse("")).contains("immutable").contains("max-age=31536000");
        String etag = original.headers().firstValue("ETag").orElseThrow();
        assertThat(api.getBytes("/media/" + cover, etag).statusCode()).isEqualTo(304);
        HttpResponse<byte[]> thumb = api.getBytes("/media/" + cover + "/thumb", null);
        assertThat(thumb.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(thumb.body().length).isLessThan(original.body().length * 4).isPositive();
        assertThat(api.getBytes("/media/987654321", null).statusCode()).isEqualTo(404);
        assertThat(api.getBytes("/media/abc", null).statusCode()).isEqualTo(404);

        long before = TestDatabase.count("SELECT COUNT(*) FROM media");
        HttpResponse<String> pdf = api.postBytes(photos, "image/jpeg", "foto.jpg",
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.body()).contains("foto.jpg bukan foto JPEG, PNG, atau WebP");
        HttpResponse<String> text = api.postMultipart(photos, "kue.png", "image/png", "ini teks".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("kue.png bukan foto");
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(TestImages.jpeg(8, 8), 0, huge, 0, 3);
        HttpResponse<String> tooLarge = api.postBytes(photos, "image/jpeg", "besar.jpg", huge);
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("besar.jpg terlalu besar");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM media")).as("nothing stored for refused uploads").isEqualTo(before);

        for (int i = 0; i < 3; i++) {
            assertThat(api.postBytes(photos, "image/png", "lagi.png", TestImages.png(20, 20)).statusCode()).isEqualTo(201);
        }
        HttpResponse<String> seventh = api.postBytes(photos, "image/png", "ketujuh.png", TestImages.png(20, 20));
        assertThat(seventh.statusCode()).isEqualTo(400);
        assertThat(seventh.body()).contains("Paling banyak 6 foto");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product_photo WHERE product_id = ?", id)).isEqualTo(6);
    }

    @Test
    void aSellerNeverReachesAnotherSellersProducts() {
        TestSeller ana = ProductTestSellers.create("Toko Ana", "VERIFIED", 4, "MICRO");
        TestSeller budi = ProductTestSellers.create("Toko Budi", "VERIFIED", 4, "MICRO");
        ProductHttp anaApi = new ProductHttp(base, ana.email());
        ProductHttp budiApi = new ProductHttp(base, budi.email());
        long anas = createdId(anaApi.post(API, product("Madu Kelulut Ana", 120_000, 4).build().toString()));
        long anasPhoto = PortalClient.json(anaApi.postBytes(API + "/" + anas + "/photos", "image/png", "madu.png",
                TestImages.png(50, 50))).getJsonArray("photos").getJsonObject(0).getJsonNumber("id").longValue();

        assertThat(budiApi.get(API + "/" + anas).statusCode()).isEqualTo(404);
        assertThat(budiApi.get(API + "/99999999").statusCode()).as("the same answer as a missing id").isEqualTo(404);
        assertThat(budiApi.put(API + "/" + anas, product("Dicuri", 1, 1).add("version", 0).build().toString()).statusCode()).isEqualTo(404);
        assertThat(budiApi.put(API + "/" + anas + "/status", "{\"status\":\"ARCHIVED\"}").statusCode()).isEqualTo(404);
        assertThat(budiApi.postBytes(API + "/" + anas + "/photos", "image/png", "x.png", TestImages.png(10, 10)).statusCode()).isEqualTo(404);
        assertThat(array(budiApi.get(API))).noneMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == anas);

        JsonObject budis = PortalClient.json(budiApi.post(API, product("Madu Budi", 100_000, 4).build().toString()));
        HttpResponse<String> stolenPhoto = budiApi.put(API + "/" + budis.getInt("id"), product("Madu Budi", 100_000, 4)
                .add("version", budis.getInt("version"))
                .add("photoIds", Json.createArrayBuilder().add(anasPhoto)).build().toString());
        assertThat(stolenPhoto.statusCode()).isEqualTo(400);
        assertThat(TestDatabase.string("SELECT status FROM product WHERE id = ?", anas)).isEqualTo("DRAFT");
        assertThat(stolenPhoto.body()).contains("tidak ditemukan di unggahan Anda");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product_photo WHERE product_id = ?", budis.getInt("id"))).isZero();

        PortalClient buyer = new PortalClient(base);
        buyer.login("pembeli@demo.umkm.id", ProductTestSellers.PASSWORD);
        assertThat(buyer.get(API).statusCode()).isEqualTo(403);
        assertThat(new PortalClient(base).get(API).statusCode()).as("anonymous").isEqualTo(401);
    }

    @Test
    void concurrentEditsOfOneVersionLetExactlyOneWin() throws Exception {
        TestSeller seller = ProductTestSellers.create("Toko Ramai", "VERIFIED", 6, "MEDIUM");
        ProductHttp api = new ProductHttp(base, seller.email());
        HttpResponse<String> created = api.post(API, product("Kopi Liberika", 65_000, 10).build().toString());
        long id = createdId(created);
        int version = PortalClient.json(created).getInt("version");

        List<Callable<HttpResponse<String>>> edits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int stock = 20 + i;
            edits.add(() -> api.put(API + "/" + id, product("Kopi Liberika", 65_000, stock).add("version", version).build().toString()));
        }
        List<Integer> statuses = all(edits);
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);

        HttpResponse<String> stale = api.put(API + "/" + id, product("Kopi Liberika", 70_000, 1).add("version", version).build().toString());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("baru saja diubah di tempat lain");
        assertThat(TestDatabase.count("SELECT price_rupiah FROM product WHERE id = ?", id)).isEqualTo(65_000);

        // One name per seller, decided by the database even when requests race.
        List<Callable<HttpResponse<String>>> creates = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            creates.add(() -> api.post(API, product("Kopi Robusta Kembar", 45_000, 1).build().toString()));
        }
        assertThat(all(creates)).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product WHERE seller_id = ? AND name = 'Kopi Robusta Kembar'",
                seller.sellerId())).isEqualTo(1);
    }

    @Test
    void csvImportSavesGoodRowsAndReportsBadOnesByRow() throws Exception {
        TestSeller seller = ProductTestSellers.create("Toko Impor", "VERIFIED", 3, "SMALL");
        ProductHttp api = new ProductHttp(base, seller.email());
        createdId(api.post(API, product("Amplang Lama", 30_000, 1).build().toString()));

        String csv = "nama;kategori;harga;stok;satuan;berat_gram;status\n"
                + "Amplang Tenggiri;oleh-oleh-khas-kalimantan;35.000;40;bungkus;250;PUBLISHED\n"      // row 2: good, published
                + "Kerupuk Kepiting;7;tiga puluh ribu;10;bungkus;;\n"                                  // row 3: bad price
                + "Kopi Robusta;kopi-dan-hasil-perkebunan;45000;12;bungkus;200;DRAFT\n"                // row 4: good
                + "amplang lama;8;1000;1;pcs;;\n"                                                      // row 5: duplicate name
                + "Madu Hutan;23;150000;5;karung;;\n"                                                  // row 6: bad unit
                + "Amplang Tenggiri;8;1000;1;pcs;;\n";                                                 // row 7: repeats row 2
        JsonObject status = runImport(api, "produk.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(status.getInt("total")).isEqualTo(6);
        assertThat(status.getInt("saved")).isEqualTo(2);
        assertThat(status.getInt("failedRows")).isEqualTo(4);
        JsonArray problems = status.getJsonArray("problems");
        assertThat(problems.stream().map(p -> p.asJsonObject().getInt("row"))).containsExactlyInAnyOrder(3, 5, 6, 7);
        assertThat(problems.stream().map(p -> p.asJsonObject().getInt("row") + ":" + p.asJsonObject().getString("column")))
                .contains("3:harga", "5:nama", "6:satuan", "7:nama");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product WHERE seller_id = ?", seller.sellerId())).isEqualTo(3);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product WHERE seller_id = ? AND name = 'Amplang Tenggiri'"
                + " AND status = 'PUBLISHED' AND visible AND price_rupiah = 35000", seller.sellerId())).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product WHERE seller_id = ? AND name IN ('Kerupuk Kepiting', 'Madu Hutan')",
                seller.sellerId())).isZero();
        assertThat(TestDatabase.count("SELECT price_rupiah FROM product WHERE seller_id = ? AND name = 'Amplang Lama'",
                seller.sellerId())).as("a duplicate never overwrites").isEqualTo(30_000);

        HttpResponse<String> report = api.get(API + "/imports/" + status.getString("id") + "/report");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(report.body()).contains("baris,kolom,pesan").contains("3,harga,").contains("6,satuan,");

        TestSeller other = ProductTestSellers.create("Toko Intip", "VERIFIED", 3, "SMALL");
        assertThat(new ProductHttp(base, other.email()).get(API + "/imports/" + status.getString("id")).statusCode())
                .as("another seller cannot read the report").isEqualTo(404);

        HttpResponse<String> noColumns = api.postBytes(API + "/imports", "text/csv", "salah.csv",
                "judul,harga\nAmplang,1000\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noColumns.statusCode()).isEqualTo(400);
        assertThat(noColumns.body()).contains("Kolom wajib tidak ada");
    }

    /**
     * A server that stops mid-import leaves the job's row as its last committed row left it (each row's
     * product and the job's progress commit together): this test writes such rows directly. The job whose
     * lease ran out is taken over and goes on from its next row; the one whose server still holds its
     * lease is left alone until that lease runs out.
     */
    @Test
    void importsLiveInTheDatabaseAndAJobWhoseServerStoppedIsResumedFromItsNextRow() throws Exception {
        TestSeller seller = ProductTestSellers.create("Toko Lanjut", "VERIFIED", 4, "MICRO");
        ProductHttp api = new ProductHttp(base, seller.email());
        byte[] csv = ("nama;kategori;harga;stok;satuan\n"
                + "Sambal Roa Botol;8;30000;5;botol\n"          // row 2: saved by the server that stopped
                + "Sambal Roa Sachet;8;12000;9;pcs\n"           // row 3
                + "Sambal Roa Pedas;8;dua puluh ribu;3;botol\n" // row 4: bad price
                + "Sambal Roa Manis;8;28000;4;botol\n").getBytes(StandardCharsets.UTF_8); // row 5
        createdId(api.post(API, product("Sambal Roa Botol", 30_000, 8).build().toString()));
        String abandoned = UUID.randomUUID().toString();
        TestDatabase.update("INSERT INTO product_import_job (id, account_id, file_name, content, total_rows, processed_rows, saved_rows,"
                + " state, worker, lease_until, started_at) VALUES (?, ?, 'sambal.csv', ?, 4, 1, 1, 'RUNNING', 'server-that-stopped',"
                + " UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 5 MINUTE)", abandoned, seller.accountId(), csv);
        String held = UUID.randomUUID().toString();
        TestDatabase.update("INSERT INTO product_import_job (id, account_id, file_name, content, total_rows, state, worker, lease_until,"
                + " started_at) VALUES (?, ?, 'sambal-lagi.csv', ?, 4, 'RUNNING', 'server-still-running', UTC_TIMESTAMP(6) + INTERVAL 1 HOUR,"
                + " UTC_TIMESTAMP(6))", held, seller.accountId(), csv);

        JsonObject resumed = awaitImport(api, API + "/imports/" + abandoned, 90);
        assertThat(resumed.getInt("total")).isEqualTo(4);
        assertThat(resumed.getInt("saved")).as("row 2 counted once, rows 3 and 5 now").isEqualTo(3);
        assertThat(resumed.getInt("failedRows")).isEqualTo(1);
        assertThat(resumed.getJsonArray("problems").stream().map(p -> p.asJsonObject().getInt("row") + ":" + p.asJsonObject().getString("column")))
                .as("row 2 was not tried again (it would be refused as a duplicate)").containsExactly("4:harga");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product WHERE seller_id = ?", seller.sellerId())).isEqualTo(3);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product_import_job WHERE id = ? AND content IS NULL AND worker IS NULL",
                abandoned)).as("the file is dropped once the job is done").isEqualTo(1);

        assertThat(TestDatabase.count("SELECT processed_rows FROM product_import_job WHERE id = ? AND worker = 'server-still-running'",
                held)).as("a job whose server still holds the lease is not taken").isZero();
        JsonObject waiting = PortalClient.json(api.get(API + "/imports/" + held));
        assertThat(waiting.getBoolean("finished")).isFalse();
        assertThat(waiting.getInt("processed")).isZero();
        TestDatabase.update("UPDATE product_import_job SET lease_until = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?", held);
        JsonObject second = awaitImport(api, API + "/imports/" + held, 90);
        assertThat(second.getInt("saved")).isZero();
        assertThat(second.getJsonArray("problems").stream().map(p -> p.asJsonObject().getInt("row") + ":" + p.asJsonObject().getString("column")))
                .as("the same names again: refused as duplicates, nothing overwritten").containsExactly("2:nama", "3:nama", "4:harga", "5:nama");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product WHERE seller_id = ?", seller.sellerId())).isEqualTo(3);

        TestSeller other = ProductTestSellers.create("Toko Intip Impor", "VERIFIED", 4, "MICRO");
        assertThat(new ProductHttp(base, other.email()).get(API + "/imports/" + abandoned).statusCode())
                .as("another seller cannot read it").isEqualTo(404);
    }

    @Test
    void xlsxImportAndTemplates() throws Exception {
        TestSeller seller = ProductTestSellers.create("Toko Excel", "SUBMITTED", 1, "MICRO");
        ProductHttp api = new ProductHttp(base, seller.email());
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("produk");
            Object[][] rows = {
                    {"nama", "kategori", "harga", "stok", "satuan", "status"},
                    {"Kalung Manik Dayak", "kerajinan-manik-manik-dayak", 85000, 20, "pcs", "PUBLISHED"},
                    {"Gelang Manik", 17, 35000, 40, "pcs", ""},
                    {"Tas Manik", 17, -5, 3, "pcs", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        JsonObject status = runImport(api, "produk.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
        assertThat(status.getInt("saved")).isEqualTo(2);
        assertThat(status.getJsonArray("problems").getJsonObject(0).getInt("row")).isEqualTo(4);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product WHERE seller_id = ? AND status = 'PUBLISHED' AND NOT visible",
                seller.sellerId())).as("published, hidden until the seller is verified").isEqualTo(1);

        HttpResponse<byte[]> template = api.getBytes(API + "/imports/template.xlsx", null);
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body()[0]).isEqualTo((byte) 'P');
        JsonObject fromTemplate = runImport(api, "template.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.body());
        assertThat(fromTemplate.getInt("saved")).isEqualTo(2);
        assertThat(api.get(API + "/imports/template.csv").body()).startsWith("\uFEFFnama,deskripsi,kategori,harga");
    }

    @Test
    void theDemoSellerHasAnAppealingCatalogue() {
        long products = TestDatabase.count("SELECT COUNT(*) FROM product p JOIN seller s ON s.id = p.seller_id"
                + " JOIN account a ON a.id = s.account_id WHERE a.email = 'penjual@demo.umkm.id'");
        assertThat(products).isGreaterThanOrEqualTo(30);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product p JOIN seller s ON s.id = p.seller_id"
                + " JOIN account a ON a.id = s.account_id WHERE a.email = 'penjual@demo.umkm.id' AND p.visible"
                + " AND p.kecamatan_id = s.kecamatan_id")).isGreaterThanOrEqualTo(25);
        ProductHttp demo = new ProductHttp(base, "penjual@demo.umkm.id");
        assertThat(array(demo.get(API + "?q=amplang"))).hasSizeGreaterThanOrEqualTo(3);
    }

    private JsonObject runImport(ProductHttp api, String fileName, String type, byte[] content) throws InterruptedException {
        HttpResponse<String> started = api.postBytes(API + "/imports", type, fileName, content);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        return awaitImport(api, location.substring(location.indexOf("/api/")), 30);
    }

    private static JsonObject awaitImport(ProductHttp api, String path, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 4; i++) {
            JsonObject status = PortalClient.json(api.get(path));
            if (status.getBoolean("finished")) {
                assertThat(status.getInt("processed")).isEqualTo(status.getInt("total"));
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The import never finished: " + path);
    }

    private static List<Integer> all(List<Callable<HttpResponse<String>>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                statuses.add(f.get().statusCode());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long createdId(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PortalClient.json(created).getJsonNumber("id").longValue();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private static JsonObjectBuilder product(String name, long price, int stock) {
        return Json.createObjectBuilder().add("name", name).add("description", "Produk uji " + name)
                .add("categoryId", 8).add("price", price).add("stock", stock).add("unit", "pcs").add("weightGrams", 250);
    }

    private static JsonObjectBuilder variant(String size, String colour, long price, int stock) {
        return Json.createObjectBuilder().add("size", size).add("colour", colour).add("price", price).add("stock", stock);
    }
}
