package id.umkm.portal.notification.application;

/**
 * One thing to tell one person. The texts are message keys, written in the person's own language
 * when sent; the occasion names the event so that it is told once only (e.g. "order:17:PAID").
 *
 * @param link a path inside the portal (e.g. "/orders/detail.xhtml?id=17"), or null
 */
public record Notice(long accountId, String occasion, String titleKey, String bodyKey, String link, Object... args) {
}
