package id.umkm.portal.catalog.api;

import id.umkm.portal.catalog.api.ProductJson.ImportStatus;
import id.umkm.portal.catalog.api.ProductJson.ProductInput;
import id.umkm.portal.catalog.api.ProductJson.ProductView;
import id.umkm.portal.catalog.api.ProductJson.StatusChange;
import id.umkm.portal.catalog.application.ImportJob;
import id.umkm.portal.catalog.application.ImportReport;
import id.umkm.portal.catalog.application.ProductCategories;
import id.umkm.portal.catalog.application.ProductImport;
import id.umkm.portal.catalog.application.ProductSnapshot;
import id.umkm.portal.catalog.infrastructure.ProductImportTemplate;
import id.umkm.portal.catalog.infrastructure.ProductSpreadsheets;
import id.umkm.portal.catalog.application.SellerProducts;
import id.umkm.portal.catalog.domain.ProductStatus;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.api.UploadBody;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.infrastructure.Texts;
import id.umkm.portal.shared.media.MediaStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * A seller's own products for apps and tools (Bearer token of a SELLER). Another seller's product
 * id answers 404, exactly like an id that does not exist.
 */
@Path("/seller/products")
@RequestScoped
@RolesAllowed("SELLER")
@Produces(MediaType.APPLICATION_JSON)
public class SellerProductsResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private SellerProducts products;

    @Inject
    private ProductImport imports;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ProductCategories categories;

    @Context
    private HttpHeaders headers;

    @GET
    public List<ProductView> list(@QueryParam("status") String status, @QueryParam("q") String search) {
        return products.list(account(), status(status), search).stream().map(ProductView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ProductInput input) {
        ProductView created = ProductView.of(products.create(account(), required(input).details(), input.photoIds()));
        return Response.created(URI.create("/api/v1/seller/products/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id:\\d+}")
    public ProductView get(@PathParam("id") long id) {
        return ProductView.of(products.get(account(), id));
    }

    @PUT
    @Path("/{id:\\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProductView update(@PathParam("id") long id, ProductInput input) {
        if (required(input).version() == null) {
            throw new RuleViolation("version", "product.version.required");
        }
        return ProductView.of(products.update(account(), id, input.version(), input.details(), input.photoIds()));
    }

    @PUT
    @Path("/{id:\\d+}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProductView changeStatus(@PathParam("id") long id, StatusChange change) {
        return ProductView.of(products.changeStatus(account(), id, change == null ? null : status(change.status()),
                change == null ? null : change.version()));
    }

    /** The image as the raw body; its name (for messages) in X-File-Name. */
    @POST
    @Path("/{id:\\d+}/photos")
    @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
    public Response addPhoto(@PathParam("id") long id, @HeaderParam("X-File-Name") String fileName, InputStream body) {
        return photoAdded(products.addPhoto(account(), id, fileName, limited(body, MediaStore.MAX_BYTES, "photo", fileName)));
    }

    /** The image as the form part "file", as a browser form sends it. */
    @POST
    @Path("/{id:\\d+}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addPhotoForm(@PathParam("id") long id, List<EntityPart> parts) {
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> new RuleViolation("photo", "media.empty", "file"));
        String name = file.getFileName().orElse("foto");
        return photoAdded(products.addPhoto(account(), id, name, limited(file.getContent(), MediaStore.MAX_BYTES, "photo", name)));
    }

    /** Starts an import of a CSV or xlsx body; poll the Location for progress and problems. */
    @POST
    @Path("/imports")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public Response startImport(@HeaderParam("X-File-Name") String fileName, InputStream body) {
        String name = fileName == null ? "import" : fileName;
        ImportJob job = imports.start(account(), name, limited(body, ProductImport.MAX_FILE_BYTES, "file", name));
        return Response.accepted(ImportStatus.of(job, locale()))
                .location(URI.create("/api/v1/seller/products/imports/" + job.id())).build();
    }

    @GET
    @Path("/imports/template.csv")
    @Produces("text/csv")
    public Response csvTemplate() {
        return Response.ok(ProductImportTemplate.csv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"template-produk.csv\"").build();
    }

    @GET
    @Path("/imports/template.xlsx")
    @Produces(XLSX)
    public Response xlsxTemplate() {
        return Response.ok(ProductSpreadsheets.template(categories.all()), XLSX)
                .header("Content-Disposition", "attachment; filename=\"template-produk.xlsx\"").build();
    }

    @GET
    @Path("/imports/{job}")
    public ImportStatus importStatus(@PathParam("job") String jobId) {
        return ImportStatus.of(job(jobId), locale());
    }

    @GET
    @Path("/imports/{job}/report")
    @Produces("text/csv")
    public Response importReport(@PathParam("job") String jobId) {
        return Response.ok(ImportReport.csv(job(jobId), locale()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"laporan-impor.csv\"").build();
    }

    private ImportJob job(String jobId) {
        return imports.job(account(), jobId).orElseThrow(NotFoundException::new);
    }

    private Response photoAdded(ProductSnapshot product) {
        return Response.status(Response.Status.CREATED).entity(ProductView.of(product)).build();
    }

    private long account() {
        return currentUser.require().getId();
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().isEmpty() ? Texts.INDONESIAN : Texts.supported(headers.getAcceptableLanguages().get(0));
    }

    private static ProductInput required(ProductInput input) {
        if (input == null) {
            throw new RuleViolation("name", "product.name.required");
        }
        return input;
    }

    private static ProductStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ProductStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("status", "product.status.unknown");
        }
    }

    /** Reads at most limit bytes: a bigger body is refused without holding it all in memory. */
    static byte[] limited(InputStream body, int limit, String field, String fileName) {
        return UploadBody.read(body, limit, "photo".equals(field) ? UploadBody.imageTooLarge(field, fileName, limit)
                : () -> new RuleViolation(field, "product.import.tooLarge", limit / (1024 * 1024)));
    }
}
