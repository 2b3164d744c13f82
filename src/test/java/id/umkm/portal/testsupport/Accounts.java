package id.umkm.portal.testsupport;

import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** Fresh accounts for tests, made the way people make them: registration over the API and the mailed link. */
public final class Accounts {

    public static final String PASSWORD = "Sambal-Kepiting-77";

    private Accounts() {
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
    }

    public static String registrationJson(String name, String email, String password, String role) {
        return Json.createObjectBuilder().add("fullName", name).add("email", email).add("password", password)
                .add("role", role).build().toString();
    }

    /** Registers and verifies a new account with {@link #PASSWORD}; returns its email address. */
    public static String createVerified(URL base, String name, String role) {
        String email = uniqueEmail("akun");
        PortalClient client = new PortalClient(base);
        HttpResponse<String> registered = client.postJson("/api/v1/accounts", registrationJson(name, email, PASSWORD, role));
        if (registered.statusCode() != 201) {
            throw new AssertionError("Registration answered " + registered.statusCode() + ": " + registered.body());
        }
        String link = Mailbox.link(Mailbox.await(email, "", Duration.ofSeconds(20)));
        HttpResponse<String> verified = client.postJson("/api/v1/accounts/verification", tokenJson(tokenOf(link)));
        if (verified.statusCode() != 204) {
            throw new AssertionError("Verification answered " + verified.statusCode() + ": " + verified.body());
        }
        return email;
    }

    public static String tokenOf(String link) {
        return URI.create(link).getQuery().substring("token=".length());
    }

    public static String tokenJson(String token) {
        return Json.createObjectBuilder().add("token", token).build().toString();
    }
}
