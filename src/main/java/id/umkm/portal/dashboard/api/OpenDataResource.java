package id.umkm.portal.dashboard.api;

import id.umkm.portal.dashboard.application.Dashboard;
import id.umkm.portal.dashboard.application.IndicatorTable;
import id.umkm.portal.dashboard.domain.Area;
import id.umkm.portal.dashboard.domain.Indicator;
import id.umkm.portal.dashboard.domain.Place;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Smart Economy indicators as open data: aggregates per area and month, nothing about a person or a business. */
@Path("/open-data")
@RequestScoped
@PermitAll
@Tag(name = "Open data", description = "Smart Economy indicators of Balikpapan, aggregated per kecamatan or kelurahan and month")
public class OpenDataResource {

    public static final String CSV = "text/csv";

    @Inject
    private Dashboard dashboard;

    @Context
    private HttpHeaders headers;

    @Schema(name = "IndicatorArea", description = "One area's indicators in the month")
    @JsonbNillable
    public record AreaJson(
            @Schema(description = "Level of this row", enumeration = {"city", "kecamatan", "kelurahan"}) String level,
            @Schema(description = "Kecamatan slug", example = "balikpapan-selatan") String kecamatan,
            @Schema(example = "Balikpapan Selatan") String kecamatanName,
            @Schema(description = "Kelurahan slug (kelurahan level only)", example = "sepinggan") String kelurahan,
            String kelurahanName,
            @Schema(description = "MSMEs counted in the area (set by DKUMKMP), the denominator of online_share; empty for a kelurahan")
            Long baselineMsme,
            @Schema(description = "Indicator values by key (see docs/dashboard.md); percentages 0-100, money in whole rupiah; null when undefined",
                    type = SchemaType.OBJECT)
            Map<String, BigDecimal> indicators) {
    }

    @Schema(name = "IndicatorReport")
    @JsonbNillable
    public record ReportJson(@Schema(example = "2026-10") String period, String level,
            @Schema(description = "When the figures were last computed") Instant refreshedAt, List<AreaJson> areas) {
    }

    @GET
    @Path("/indicators")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Indicators of one month per area",
            description = "Registered and verified MSMEs, share selling online against the baseline, share with a verified NIB,"
                    + " products listed, orders, buyers, gross sales, cashless share, training, permits. JSON by default;"
                    + " CSV with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "The month's rows",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportJson.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Period not YYYY-MM, in the future, or unknown level",
            content = @Content(mediaType = "application/problem+json"))
    public Response indicators(
            @Parameter(description = "Month in WITA, YYYY-MM", required = true, example = "2026-10") @QueryParam("period") String period,
            @Parameter(description = "city, kecamatan (default) or kelurahan",
                    schema = @Schema(enumeration = {"city", "kecamatan", "kelurahan"})) @QueryParam("level") String level,
            @Parameter(description = "csv to get CSV whatever the Accept header says",
                    schema = @Schema(enumeration = {"json", "csv"})) @QueryParam("format") String format) {
        YearMonth month = dashboard.period(period);
        Area.Level areaLevel = dashboard.level(level);
        List<Dashboard.Row> rows = dashboard.rows(month, areaLevel, null);
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && headers.getAcceptableMediaTypes().stream()
                .findFirst().map(t -> t.isCompatible(MediaType.valueOf(CSV)) && !t.isWildcardType()).orElse(false));
        if (csv) {
            return Response.ok(IndicatorTable.csv(month, rows), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "inline; filename=\"indikator-" + month + "-" + areaLevel.name().toLowerCase() + ".csv\"")
                    .build();
        }
        Instant refreshedAt = dashboard.refreshedAt().orElse(null);
        return Response.ok(new ReportJson(month.toString(), areaLevel.name().toLowerCase(), refreshedAt,
                rows.stream().map(OpenDataResource::json).toList()), MediaType.APPLICATION_JSON).build();
    }

    private static AreaJson json(Dashboard.Row row) {
        Place place = row.place();
        boolean kelurahan = place.level() == Area.Level.KELURAHAN;
        Map<String, BigDecimal> indicators = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            indicators.put(indicator.key(), row.value(indicator));
        }
        return new AreaJson(place.level().name().toLowerCase(), place.kecamatanSlug(), place.kecamatanName(),
                kelurahan ? place.slug() : null, kelurahan ? place.name() : null, row.baseline(), indicators);
    }
}
