package id.umkm.portal.order.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.order.application.OrderDetails;
import id.umkm.portal.order.application.OrderMoves;
import id.umkm.portal.order.application.OrderPayments;
import id.umkm.portal.order.application.OrderQueries;
import id.umkm.portal.order.domain.OrderNotFoundException;
import id.umkm.portal.order.domain.OrderStatus;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** /orders/detail.xhtml?id=: one of the buyer's orders with its timeline; pay, cancel or confirm receipt. */
@Named
@ViewScoped
public class OrderDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderQueries queries;

    @Inject
    private OrderMoves moves;

    @Inject
    private OrderPayments payments;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private OrderDetails order;

    public void load() {
        try {
            order = id == null ? null : queries.visibleTo(buyer(), id);
        } catch (OrderNotFoundException notYours) {
            order = null;
        }
        if (order == null || order.buyerAccountId() != buyer()) {
            order = null;
            PageMessages.error("order.notFound");
        }
    }

    public void confirmReceipt() {
        try {
            order = moves.confirmReceipt(buyer(), id);
            PageMessages.info("order.received.done");
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
            load();
        }
    }

    public void cancel() {
        try {
            payments.cancel(buyer(), order.checkoutId());
            PageMessages.info("pay.cancelled");
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        }
        load();
    }

    public boolean isPending() {
        return order != null && order.status() == OrderStatus.PENDING_PAYMENT;
    }

    public boolean isShipped() {
        return order != null && order.status() == OrderStatus.SHIPPED;
    }

    private long buyer() {
        return currentUser.require().getId();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrderDetails getOrder() {
        return order;
    }
}
