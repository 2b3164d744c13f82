package id.umkm.portal.oss.infrastructure;

import id.umkm.portal.oss.application.NibCheck;
import id.umkm.portal.oss.application.NibPermit;
import id.umkm.portal.oss.application.NibProject;
import id.umkm.portal.oss.application.NibProject.RiskLevel;
import id.umkm.portal.oss.application.NibRecord;
import id.umkm.portal.oss.application.NibRecord.Scale;
import id.umkm.portal.oss.application.OssInquiry;
import id.umkm.portal.oss.application.OssRefused;
import id.umkm.portal.oss.application.OssUnreachable;
import id.umkm.portal.shared.infrastructure.ExternalCalls;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * OSS RBA as the integration guide "PIA OSS RBA" v4.x describes it: {@code POST /inqueryNIB} with
 * {@code {"INQUERYNIB":{"nib":...}}} and the {@code user_key} header, answered by
 * {@code responinqueryNIB} ({@code kode}, {@code keterangan}, {@code dataNIB}). Everything that
 * depends on the guide's version (operation names, field names, codes) lives in this class; a new
 * guide is a new adapter.
 *
 * <p>A seller waiting on a page costs at most about 4 s when OSS hangs: each attempt has a connect
 * timeout (umkm.oss.connect-timeout, 1 s) and a socket read timeout (umkm.oss.read-timeout, 2.5 s),
 * Fault Tolerance's 4 s timeout is the outer guard, and an attempt that timed out is not retried.
 * Attempts that fail fast (refused connection, 5xx, unreadable body) are retried a couple of times
 * while the 4 s last, and a circuit breaker stops calling an OSS that keeps failing. The Fault
 * Tolerance settings are overridable per deployment through MicroProfile Config
 * ({@code id.umkm.portal.oss.infrastructure.OssRbaV4Adapter/inquire/Timeout/value} and so on).
 */
@ApplicationScoped
public class OssRbaV4Adapter implements OssInquiry {

    static final String NOT_FOUND_CODE = "404";

    @Inject
    @ConfigProperty(name = "umkm.oss.url")
    private Optional<String> url;

    @Inject
    @ConfigProperty(name = "umkm.oss.user-key")
    private Optional<String> userKey;

    @Inject
    @ConfigProperty(name = "umkm.oss.connect-timeout", defaultValue = "PT1S")
    private Duration connectTimeout;

    /** How long one attempt waits for OSS's answer; the socket gives up, since a blocked read cannot be interrupted. */
    @Inject
    @ConfigProperty(name = "umkm.oss.read-timeout", defaultValue = "PT2.5S")
    private Duration readTimeout;

    private OssHttp http;

    @PostConstruct
    void connect() {
        url.ifPresent(u -> http = RestClientBuilder.newBuilder().baseUri(URI.create(u))
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                // Every status comes back as a Response: the adapter decides what a 4xx or 5xx means.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(OssHttp.class));
    }

    @Override
    @Timeout(4000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, maxDuration = 4000,
            abortOn = {OssRefused.class, OssTimedOut.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30_000, successThreshold = 1,
            skipOn = OssRefused.class)
    public NibCheck inquire(String nib) {
        return call(nib);
    }

    /**
     * The retry job's attempt: one try (the job itself tries again later) behind a circuit breaker
     * of its own, so NIBs that keep failing in the background never open the breaker for people.
     */
    @Override
    @Timeout(4000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 60_000, successThreshold = 1,
            skipOn = OssRefused.class)
    public NibCheck inquireInBackground(String nib) {
        return call(nib);
    }

    private NibCheck call(String nib) {
        if (http == null || userKey.isEmpty()) {
            throw new OssRefused("umkm.oss.url or umkm.oss.user-key is not configured");
        }
        String body = Json.createObjectBuilder()
                .add("INQUERYNIB", Json.createObjectBuilder().add("nib", nib)).build().toString();
        String answer;
        int status;
        try (Response response = http.post("inqueryNIB", userKey.get(), body)) {
            status = response.getStatus();
            answer = response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (ProcessingException e) {
            if (ExternalCalls.timedOut(e)) {
                throw new OssTimedOut("OSS did not answer in time: " + e.getMessage(), e);
            }
            throw new OssUnreachable("OSS did not answer: " + e.getMessage(), e);
        }
        if (status >= 500) {
            throw new OssUnreachable("OSS answered HTTP " + status);
        }
        if (status >= 400 && status != 404) {
            throw new OssRefused("OSS refused the request with HTTP " + status);
        }
        return read(answer, status);
    }

    private NibCheck read(String answer, int httpStatus) {
        JsonObject response;
        try {
            response = Json.createReader(new StringReader(answer)).readObject().getJsonObject("responinqueryNIB");
        } catch (JsonException | ClassCastException e) {
            throw new OssUnreachable("OSS answered something that is not responinqueryNIB", e);
        }
        if (response == null) {
            throw new OssUnreachable("OSS answered HTTP " + httpStatus + " without responinqueryNIB");
        }
        String code = text(response, "kode");
        String note = text(response, "keterangan");
        JsonObject data = response.get("dataNIB") instanceof JsonObject o ? o : null;
        if ("200".equals(code) && data != null) {
            return NibCheck.found(readPushedNib(data));
        }
        if (NOT_FOUND_CODE.equals(code) || "200".equals(code)) {
            return NibCheck.notFound(note == null ? "NIB tidak ditemukan" : note);
        }
        throw new OssUnreachable("OSS answered kode " + code + ": " + note);
    }

    @Override
    public NibRecord readPushedNib(JsonObject data) {
        try {
            List<NibProject> projects = array(data, "data_proyek").stream().map(JsonValue::asJsonObject)
                    .map(p -> new NibProject(text(p, "kbli"), text(p, "uraian_usaha"), risk(text(p, "skala_resiko"))))
                    .toList();
            List<NibPermit> permits = array(data, "data_checklist").stream().map(JsonValue::asJsonObject)
                    .map(c -> new NibPermit(text(c, "id_izin"), text(c, "kd_izin"), text(c, "nama_izin"),
                            text(c, "no_izin"), text(c, "status_checklist"), text(c, "kewenangan")))
                    .toList();
            String issued = text(data, "tgl_terbit_oss");
            String nib = text(data, "nib");
            if (nib == null || !nib.matches("[0-9]{13}")) {
                throw new IllegalArgumentException("nib " + nib);
            }
            return new NibRecord(nib, text(data, "nama_perseroan"), text(data, "alamat_perseroan"),
                    scale(text(data, "skala_usaha")), "Y".equalsIgnoreCase(text(data, "flag_umk")),
                    text(data, "status_nib"), issued == null ? null : LocalDate.parse(issued.substring(0, 10)),
                    projects, permits);
        } catch (IllegalArgumentException | ClassCastException | DateTimeParseException
                 | StringIndexOutOfBoundsException e) {
            throw new OssUnreachable("OSS sent a dataNIB the adapter cannot read: " + e.getMessage(), e);
        }
    }

    private static Scale scale(String code) {
        return switch (code == null ? "" : code) {
            case "01" -> Scale.MICRO;
            case "02" -> Scale.SMALL;
            case "03" -> Scale.MEDIUM;
            case "04" -> Scale.LARGE;
            default -> throw new IllegalArgumentException("skala_usaha " + code);
        };
    }

    private static RiskLevel risk(String code) {
        return switch (code == null ? "" : code.toUpperCase()) {
            case "R", "RENDAH" -> RiskLevel.R;
            case "MR", "MENENGAH RENDAH" -> RiskLevel.MR;
            case "MT", "MENENGAH TINGGI" -> RiskLevel.MT;
            case "T", "TINGGI" -> RiskLevel.T;
            default -> throw new IllegalArgumentException("skala_resiko " + code);
        };
    }

    private static List<JsonValue> array(JsonObject o, String name) {
        return o.get(name) instanceof JsonArray a ? a : List.of();
    }

    /** OSS sends some numbers as strings and some as numbers: read both as text. */
    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return v.getValueType() == JsonValue.ValueType.STRING ? o.getString(name) : v.toString();
    }
}
