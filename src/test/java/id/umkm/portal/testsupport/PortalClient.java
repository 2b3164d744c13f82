package id.umkm.portal.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** An HTTP client for the deployed portal, the way a browser or a machine client reaches it. */
public final class PortalClient {

    private final URI base;
    private final HttpClient http;
    private String bearer;

    public PortalClient(URL base) {
        // Arquillian reports the machine's address; loopback reaches the same server without the network.
        this.base = URI.create("http://localhost:" + base.getPort() + "/");
        // HTTP/1.1 as browsers and nginx speak to the portal: no h2c upgrade, which Payara's Jersey mishandles.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public PortalClient withBearer(String token) {
        this.bearer = token;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** An upload as the API takes files: the raw bytes as the body, their type in Content-Type. */
    public HttpResponse<String> putBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /** A download (PDF, image, spreadsheet) as bytes. */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Logs in through the API and keeps the token for the next requests; returns the token. */
    public String login(String email, String password) {
        HttpResponse<String> answer = postJson("api/v1/auth/login", credentials(email, password));
        if (answer.statusCode() != 200) {
            throw new AssertionError("Login of " + email + " answered " + answer.statusCode() + ": " + answer.body());
        }
        bearer = json(answer).getString("token");
        return bearer;
    }

    public static String credentials(String email, String password) {
        return Json.createObjectBuilder().add("username", email).add("password", password).build().toString();
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonStructure structure = reader.read();
            return structure.asJsonObject();
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        return send(builder, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(builder.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
