package id.umkm.portal.catalog.api;

import id.umkm.portal.catalog.domain.ProductNotFoundException;
import id.umkm.portal.shared.api.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Another seller's product answers exactly like a missing one, so ids cannot be probed. */
@Provider
public class ProductNotFoundMapper implements ExceptionMapper<ProductNotFoundException> {

    @Override
    public Response toResponse(ProductNotFoundException e) {
        return Problem.of(Response.Status.NOT_FOUND, "Produk tidak ditemukan / product not found").toResponse();
    }
}
