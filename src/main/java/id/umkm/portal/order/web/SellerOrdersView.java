package id.umkm.portal.order.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.order.application.OrderDetails;
import id.umkm.portal.order.application.OrderMoves;
import id.umkm.portal.order.application.OrderQueries;
import id.umkm.portal.order.domain.OrderNotFoundException;
import id.umkm.portal.order.domain.OrderStatus;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** /seller/orders.xhtml: the shop's orders by state; process, ship with a note, or cancel with a reason. */
@Named
@ViewScoped
public class SellerOrdersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderQueries queries;

    @Inject
    private OrderMoves moves;

    @Inject
    private CurrentUser currentUser;

    private String status = "";
    private Long order;
    private List<OrderDetails> orders;
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    /** f:viewAction; also after the filter changes. */
    public void load() {
        List<OrderDetails> all = queries.sellerOrders(seller(), status == null || status.isEmpty() ? null : OrderStatus.valueOf(status));
        orders = order == null ? all : all.stream().filter(o -> o.id() == order).toList();
    }

    public void showAll() {
        order = null;
        load();
    }

    public void process(long orderId) {
        move(() -> moves.startProcessing(seller(), orderId), "seller.orders.processed");
    }

    public void ship(long orderId) {
        if (move(() -> moves.ship(seller(), orderId, notes.get(orderId)), "seller.orders.shipped")) {
            notes.remove(orderId);
        }
    }

    public void cancel(long orderId) {
        if (move(() -> moves.cancelBySeller(seller(), orderId, reasons.get(orderId)), "seller.orders.cancelled")) {
            reasons.remove(orderId);
        }
    }

    private boolean move(Supplier<OrderDetails> step, String doneKey) {
        boolean done = false;
        try {
            PageMessages.info(doneKey, step.get().number());
            done = true;
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        } catch (OrderNotFoundException gone) {
            PageMessages.error("order.notFound");
        }
        load();
        return done;
    }

    private long seller() {
        return currentUser.require().getId();
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public List<OrderDetails> getOrders() {
        return orders;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getOrder() {
        return order;
    }

    public void setOrder(Long order) {
        this.order = order;
    }
}
