package id.umkm.portal.dashboard.api;

import id.umkm.portal.dashboard.application.Dashboard;
import id.umkm.portal.dashboard.application.DrillDownLine;
import id.umkm.portal.dashboard.application.DrillDownList;
import id.umkm.portal.dashboard.domain.Area;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** DKUMKMP staff: refresh the figures now, set the MSME baselines, list the records behind a figure. */
@Path("/staff/dashboard")
@RequestScoped
@RolesAllowed("DKUMKMP_STAFF")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard (staff)", description = "Smart Economy dashboard administration for DKUMKMP staff")
@SecurityRequirement(name = "bearer")
public class StaffDashboardResource {

    private static final int DRILL_DOWN_LIMIT = 200;

    @Inject
    private Dashboard dashboard;

    @Inject
    private CurrentUser currentUser;

    public record RefreshJson(Instant refreshedAt) {
    }

    public record BaselineForm(Integer msmeCount) {
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Recompute every month's figures now", description = "The refresh job does this on its own every 15 minutes.")
    @APIResponse(responseCode = "200", description = "When the figures were computed")
    public RefreshJson refresh() {
        return new RefreshJson(dashboard.refresh());
    }

    @GET
    @Path("/baselines")
    @Operation(summary = "MSME counts per kecamatan that the share selling online is measured against")
    public Map<Short, Long> baselines() {
        return dashboard.baselines();
    }

    @PUT
    @Path("/baselines/{kecamatanId}")
    @Operation(summary = "Set a kecamatan's MSME count")
    @APIResponse(responseCode = "204", description = "Saved")
    @APIResponse(responseCode = "400", description = "Negative or missing count, or unknown kecamatan")
    public void setBaseline(@PathParam("kecamatanId") short kecamatanId, BaselineForm form) {
        dashboard.setBaseline(kecamatanId, form == null ? null : form.msmeCount(), currentUser.require().getId());
    }

    @GET
    @Path("/drill-down")
    @Operation(summary = "The records behind a month's figures (at most 200, newest first)")
    public List<DrillDownLine> drillDown(
            @Parameter(description = "sellers, orders, training or permits") @QueryParam("list") String list,
            @Parameter(description = "YYYY-MM", required = true) @QueryParam("period") String period,
            @Parameter(description = "Kecamatan id; none for the whole city") @QueryParam("kecamatan") Short kecamatan,
            @Parameter(description = "Kelurahan id within that kecamatan") @QueryParam("kelurahan") Short kelurahan) {
        DrillDownList which;
        try {
            which = DrillDownList.valueOf(String.valueOf(list).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("list", "dashboard.list.invalid");
        }
        Area area = kecamatan == null ? Area.CITY
                : kelurahan == null ? Area.kecamatan(kecamatan) : Area.kelurahan(kecamatan, kelurahan);
        return dashboard.drillDown(which, dashboard.period(period), area, DRILL_DOWN_LIMIT);
    }
}
