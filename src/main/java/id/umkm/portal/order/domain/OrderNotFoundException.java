package id.umkm.portal.order.domain;

/** No such order for this person: theirs does not exist, or it is someone else's (which is not told apart). */
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(long id) {
        super("No order " + id + " for this account");
    }
}
