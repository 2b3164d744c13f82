package id.umkm.portal.order.api;

import id.umkm.portal.order.domain.OrderNotFoundException;
import id.umkm.portal.shared.api.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Someone else's order answers exactly like a missing one, so order ids cannot be probed. */
@Provider
public class OrderNotFoundMapper implements ExceptionMapper<OrderNotFoundException> {

    @Override
    public Response toResponse(OrderNotFoundException e) {
        return Problem.of(Response.Status.NOT_FOUND, "Pesanan tidak ditemukan / order not found").toResponse();
    }
}
