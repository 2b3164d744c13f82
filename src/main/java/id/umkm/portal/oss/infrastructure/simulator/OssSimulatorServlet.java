package id.umkm.portal.oss.infrastructure.simulator;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OSS RBA v4 as the portal's adapter meets it, for the run command and tests: {@code POST
 * /simulator/oss/inqueryNIB} with the {@code user_key} header (umkm.oss.user-key) and the
 * {@code INQUERYNIB} body. Answers 404 to everything unless umkm.oss.simulator.enabled is true, so
 * production never serves it. A servlet rather than a JAX-RS resource: the portal's one JAX-RS
 * application serves /api/v1 and would otherwise publish the simulator there too.
 */
@WebServlet("/simulator/oss/*")
public class OssSimulatorServlet extends HttpServlet {

    @Inject
    @ConfigProperty(name = "umkm.oss.simulator.enabled", defaultValue = "false")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "umkm.oss.user-key")
    private Optional<String> userKey;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!enabled || !"POST".equals(request.getMethod()) || !"/inqueryNIB".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (userKey.isEmpty() || !userKey.get().equals(request.getHeader("user_key"))) {
            write(response, 401, answer(401, "user_key tidak valid", null));
            return;
        }
        String nib;
        try {
            JsonObject body = Json.createReader(request.getInputStream()).readObject();
            nib = body.getJsonObject("INQUERYNIB").getString("nib");
        } catch (JsonException | NullPointerException | ClassCastException e) {
            write(response, 400, answer(400, "Format permintaan tidak sesuai", null));
            return;
        }
        if (OssDemoNibs.unreachable(nib)) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        Optional<JsonObject> found = OssDemoNibs.find(nib);
        write(response, 200, found.map(data -> answer(200, "Sukses", data))
                .orElseGet(() -> answer(404, "NIB tidak ditemukan", null)));
    }

    private static JsonObject answer(int code, String note, JsonObject data) {
        JsonObjectBuilder inner = Json.createObjectBuilder().add("kode", code).add("keterangan", note);
        if (data != null) {
            inner.add("dataNIB", data);
        }
        return Json.createObjectBuilder().add("responinqueryNIB", inner).build();
    }

    private static void write(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
