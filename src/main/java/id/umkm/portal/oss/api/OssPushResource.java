package id.umkm.portal.oss.api;

import id.umkm.portal.oss.application.OssPushes;
import id.umkm.portal.oss.application.OssUnreachable;
import id.umkm.portal.shared.api.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where OSS pushes to the portal ({@code receiveNIB}, {@code receiveLicenseStatus}). OSS sends the
 * shared key (umkm.oss.push-key) in the {@code user_key} header; without the setting every push is
 * refused. Pushing the same thing twice is answered the same way and changes nothing the second time.
 */
@Path("/oss")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OssPushResource {

    @Inject
    @ConfigProperty(name = "umkm.oss.push-key")
    private Optional<String> pushKey;

    @Inject
    private OssPushes pushes;

    /** Body: {@code {"dataNIB": {...}}} as in responinqueryNIB. */
    @POST
    @Path("/receive-nib")
    public Response receiveNib(@HeaderParam("user_key") String key, String body) {
        if (!authentic(key)) {
            return Problem.of(Response.Status.UNAUTHORIZED, "Wrong or missing user_key").toResponse();
        }
        JsonObject data = object(body).map(o -> o.get("dataNIB")).filter(v -> v instanceof JsonObject)
                .map(JsonValue::asJsonObject).orElse(null);
        if (data == null) {
            return Problem.of(Response.Status.BAD_REQUEST, "Expected {\"dataNIB\": {...}}").toResponse();
        }
        try {
            return answer(once(() -> pushes.receiveNib(data)));
        } catch (OssUnreachable unreadable) {
            return Problem.of(Response.Status.BAD_REQUEST, unreadable.getMessage()).toResponse();
        }
    }

    /** Body: {@code {"IZINSTATUS": {"nib", "id_izin", "kd_izin", "kd_status", "keterangan", "tgl_status"}}}. */
    @POST
    @Path("/receive-license-status")
    public Response receiveLicenseStatus(@HeaderParam("user_key") String key, String body) {
        if (!authentic(key)) {
            return Problem.of(Response.Status.UNAUTHORIZED, "Wrong or missing user_key").toResponse();
        }
        JsonObject status = object(body).map(o -> o.get("IZINSTATUS")).filter(v -> v instanceof JsonObject)
                .map(JsonValue::asJsonObject).orElse(null);
        if (status == null || !status.getString("nib", "").matches("[0-9]{13}")
                || status.getString("id_izin", "").isBlank() || !status.getString("kd_status", "").matches("[0-9]{2}")) {
            return Problem.of(Response.Status.BAD_REQUEST,
                    "Expected {\"IZINSTATUS\": {\"nib\": 13 digits, \"id_izin\", \"kd_status\": 2 digits}}").toResponse();
        }
        return answer(once(() -> pushes.receiveLicenseStatus(status.getString("nib"), status.getString("id_izin"),
                status.getString("kd_status"), status.getString("keterangan", null), status.toString())));
    }

    /** Two identical pushes at once: the unique fingerprint refuses the second, which then finds the first. */
    private static OssPushes.Result once(Supplier<OssPushes.Result> push) {
        try {
            return push.get();
        } catch (PersistenceException | TransactionalException raced) {
            return push.get();
        }
    }

    private static Response answer(OssPushes.Result result) {
        String note = result == OssPushes.Result.APPLIED ? "Diterima" : "Sudah diterima sebelumnya";
        return Response.ok(Json.createObjectBuilder().add("responreceive", Json.createObjectBuilder()
                .add("kode", 200).add("keterangan", note).add("result", result.name())).build().toString()).build();
    }

    private boolean authentic(String key) {
        return key != null && pushKey.filter(k -> !k.isBlank())
                .map(k -> MessageDigest.isEqual(k.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    private static Optional<JsonObject> object(String body) {
        try {
            return Optional.of(Json.createReader(new StringReader(body == null ? "" : body)).readObject());
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
