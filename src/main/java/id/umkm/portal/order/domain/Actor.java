package id.umkm.portal.order.domain;

/** Who moved an order: a buyer or seller (their account id), staff, or the system (gateway, scheduler). */
public record Actor(Type type, Long accountId) {

    public enum Type { BUYER, SELLER, STAFF, SYSTEM }

    public static final Actor SYSTEM = new Actor(Type.SYSTEM, null);

    public static Actor buyer(long accountId) {
        return new Actor(Type.BUYER, accountId);
    }

    public static Actor seller(long accountId) {
        return new Actor(Type.SELLER, accountId);
    }
}
