package id.umkm.portal.order.web;

import id.umkm.portal.order.application.CartKey;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** A visitor's cart before logging in: quantities only, in the session, checked like a buyer's on every change. */
@SessionScoped
public class GuestCart implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<CartKey, Integer> lines = new LinkedHashMap<>();

    synchronized Map<CartKey, Integer> lines() {
        return new LinkedHashMap<>(lines);
    }

    synchronized int quantityOf(CartKey key) {
        return lines.getOrDefault(key, 0);
    }

    synchronized void put(CartKey key, int quantity) {
        if (quantity <= 0) {
            lines.remove(key);
        } else {
            lines.put(key, quantity);
        }
    }

    synchronized boolean isEmpty() {
        return lines.isEmpty();
    }

    synchronized void clear() {
        lines.clear();
    }
}
