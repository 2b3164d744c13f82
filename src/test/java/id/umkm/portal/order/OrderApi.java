package id.umkm.portal.order;

import id.umkm.portal.testsupport.PortalClient;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The orders API as a machine client calls it: a Bearer token, and an Idempotency-Key on placement. */
final class OrderApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String token;
    final PortalClient client;

    OrderApi(URL base, String email) {
        this.base = URI.create("http://localhost:" + base.getPort() + "/");
        this.client = new PortalClient(base);
        this.token = client.login(email, OrderTestData.PASSWORD);
    }

    HttpResponse<String> place(String idempotencyKey, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/v1/orders")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return client.get(path);
    }

    HttpResponse<String> post(String path, String json) {
        return client.postJson(path, json);
    }

    JsonObject order(long id) {
        HttpResponse<String> answer = client.get("/api/v1/orders/" + id);
        if (answer.statusCode() != 200) {
            throw new AssertionError("GET order " + id + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return PortalClient.json(answer);
    }

    /** A body buying quantity of each product (id, quantity pairs), picked up at the sellers'. */
    static String pickup(long... productAndQuantity) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < productAndQuantity.length; i += 2) {
            items.add(Json.createObjectBuilder().add("productId", productAndQuantity[i]).add("quantity", productAndQuantity[i + 1]));
        }
        return Json.createObjectBuilder().add("items", items)
                .add("delivery", Json.createObjectBuilder().add("method", "PICKUP").add("phone", "0812 3456 7890"))
                .build().toString();
    }
}
