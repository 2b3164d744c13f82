package id.umkm.portal.order.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.order.application.OrderDetails;
import id.umkm.portal.order.application.OrderQueries;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /orders/index.xhtml: the buyer's own orders, newest first. */
@Named
@RequestScoped
public class BuyerOrdersView {

    @Inject
    private OrderQueries queries;

    @Inject
    private CurrentUser currentUser;

    private List<OrderDetails> orders;

    @PostConstruct
    void load() {
        orders = queries.buyerOrders(currentUser.require().getId());
    }

    public List<OrderDetails> getOrders() {
        return orders;
    }
}
