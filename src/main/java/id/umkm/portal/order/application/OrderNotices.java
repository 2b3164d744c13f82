package id.umkm.portal.order.application;

import id.umkm.portal.notification.application.Notice;
import id.umkm.portal.notification.application.Notifications;
import id.umkm.portal.order.domain.Order;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells the buyer and the seller of an order each step it takes, in the app and by mail. The occasion
 * is the order and its new state, so a step taken once is told once, even if the code path repeats.
 */
@ApplicationScoped
public class OrderNotices {

    @Inject
    private Notifications notifications;

    @Inject
    private SellerDirectory sellers;

    /** After the order reached its current state. */
    public void moved(Order order) {
        String state = order.getStatus().name();
        tell(order, "order:" + order.getId() + ":" + state, "notice.order." + state);
    }

    /** Money arrived for an order already closed: it goes back to the buyer. */
    public void refundDue(Order order) {
        tell(order, "order:" + order.getId() + ":REFUND", "notice.order.REFUND");
    }

    private void tell(Order order, String occasion, String key) {
        SellerSummary seller = sellers.find(order.getSellerId()).orElseThrow();
        String note = order.getCancelReason() != null ? order.getCancelReason()
                : order.getTimeline().isEmpty() ? "" : nullToEmpty(order.getTimeline().get(order.getTimeline().size() - 1).getNote());
        Object[] args = {order.getOrderNumber(), seller.businessName(), order.getTotal().format(), note};
        notifications.tell(new Notice(order.getBuyerAccountId(), occasion + ":buyer", key + ".buyer.title", key + ".buyer.body",
                "/orders/detail.xhtml?id=" + order.getId(), args));
        notifications.tell(new Notice(seller.accountId(), occasion + ":seller", key + ".seller.title", key + ".seller.body",
                "/seller/orders.xhtml?order=" + order.getId(), args));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
