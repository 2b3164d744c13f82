package id.umkm.portal.licensing.api;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.licensing.application.ApplicationDetail;
import id.umkm.portal.licensing.application.ApplicationSummary;
import id.umkm.portal.licensing.application.DocumentLine;
import id.umkm.portal.licensing.application.PermitApplications;
import id.umkm.portal.licensing.application.PermitDocuments;
import id.umkm.portal.licensing.application.StoredFile;
import id.umkm.portal.oss.application.NibCheck;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An applicant's own permit applications. No path names an account: the caller's is always used,
 * and another account's application id answers 404.
 */
@Path("/licensing/my/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("SELLER")
public class MyApplicationsResource {

    @Inject
    private PermitApplications applications;

    @Inject
    private PermitDocuments permits;

    @Inject
    private CurrentUser currentUser;

    /** Body: {@code {"permitType": "SPP-IRT", "nib": "...", "businessName": "only used when OSS is unreachable"}}. */
    public record StartJson(String permitType, String nib, String businessName) {
    }

    @GET
    public List<ApplicationSummary> mine() {
        return applications.mine(me().getId());
    }

    @GET
    @Path("/nib/{nib}")
    public NibCheck lookUp(@PathParam("nib") String nib) {
        return applications.lookUp(nib);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(StartJson body) {
        Account me = me();
        StartJson start = body == null ? new StartJson(null, null, null) : body;
        ApplicationDetail created = applications.start(me.getId(), me.getFullName(), me.getEmail(), start.permitType(),
                start.nib(), start.businessName());
        return Response.created(URI.create("/api/v1/licensing/my/applications/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public ApplicationDetail one(@PathParam("id") long id) {
        return applications.mine(me().getId(), id);
    }

    /** The file itself is the body; its name comes as ?name=. Checked by content, not by name or Content-Type. */
    @PUT
    @Path("/{id}/documents/{code}")
    @Consumes(MediaType.WILDCARD)
    public DocumentLine upload(@PathParam("id") long id, @PathParam("code") String code,
            @QueryParam("name") String fileName, byte[] content) {
        return applications.upload(me().getId(), id, code, fileName, content);
    }

    @GET
    @Path("/{id}/documents/{code}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") long id, @PathParam("code") String code) {
        return file(applications.document(me().getId(), id, code));
    }

    @POST
    @Path("/{id}/submission")
    public ApplicationDetail submit(@PathParam("id") long id) {
        return applications.submit(me().getId(), id);
    }

    @POST
    @Path("/{id}/resubmission")
    public ApplicationDetail resubmit(@PathParam("id") long id) {
        return applications.resubmit(me().getId(), id);
    }

    @POST
    @Path("/{id}/renewal")
    public Response renew(@PathParam("id") long id) {
        ApplicationDetail renewal = applications.renew(me().getId(), id);
        return Response.created(URI.create("/api/v1/licensing/my/applications/" + renewal.id())).entity(renewal).build();
    }

    @GET
    @Path("/{id}/permit.pdf")
    @Produces("application/pdf")
    public Response permit(@PathParam("id") long id) {
        return file(permits.forApplicant(me().getId(), id));
    }

    static Response file(StoredFile f) {
        return Response.ok(f.content(), f.contentType())
                .header("Content-Disposition", "inline; filename=\"" + f.fileName().replaceAll("[\"\\\\\\r\\n]", "_") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private Account me() {
        return currentUser.require();
    }
}
