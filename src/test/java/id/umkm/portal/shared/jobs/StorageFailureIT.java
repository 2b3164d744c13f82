package id.umkm.portal.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Uploads live in the database, so a full disk for uploads is the database refusing the insert (error
 * 1114, the table is full; raised here by a trigger). The seller gets a 503 saying to try again, nothing
 * is half-stored, and the same upload goes through once there is room.
 */
class StorageFailureIT extends PortalIT {

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
    }

    @Test
    void aFullStorageRefusesTheUploadClearlyAndStoresNothing() throws Exception {
        String token = new PortalClient(base).login("penjual@demo.umkm.id", "umkm-demo-2026");
        long product = TestDatabase.count("SELECT MIN(p.id) FROM product p JOIN seller s ON s.id = p.seller_id"
                + " JOIN account a ON a.id = s.account_id WHERE a.email = 'penjual@demo.umkm.id'");
        long media = TestDatabase.count("SELECT COUNT(*) FROM media");
        long photos = TestDatabase.count("SELECT COUNT(*) FROM product_photo WHERE product_id = ?", product);
        byte[] png = photo();

        TestDatabase.update("CREATE TRIGGER it_storage_full BEFORE INSERT ON media FOR EACH ROW"
                + " SIGNAL SQLSTATE 'HY000' SET MESSAGE_TEXT = 'The table media is full', MYSQL_ERRNO = 1114");
        HttpResponse<String> refused;
        try {
            refused = upload(product, token, png);
        } finally {
            TestDatabase.update("DROP TRIGGER it_storage_full");
        }
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(refused.body()).contains("penyimpanan penuh").contains("coba lagi");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM media")).isEqualTo(media);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product_photo WHERE product_id = ?", product)).isEqualTo(photos);

        assertThat(upload(product, token, png).statusCode()).as("room again: the same upload is stored").isEqualTo(201);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product_photo WHERE product_id = ?", product)).isEqualTo(photos + 1);
    }

    private HttpResponse<String> upload(long product, String token, byte[] png) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + base.getPort()
                        + "/api/v1/seller/products/" + product + "/photos"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "id").header("Content-Type", "image/png").header("X-File-Name", "etalase.png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 800; y++) {
            for (int x = 0; x < 800; x++) {
                image.setRGB(x, y, (x * 255 / 800) << 16 | (y * 255 / 800) << 8 | 0x60);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
