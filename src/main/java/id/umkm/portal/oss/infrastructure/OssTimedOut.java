package id.umkm.portal.oss.infrastructure;

import id.umkm.portal.oss.application.OssUnreachable;

/**
 * OSS took no connection or gave no answer within the adapter's timeouts. Not retried at once: a hung
 * OSS would only hang again and the seller would wait for every attempt; the retry job asks later.
 */
class OssTimedOut extends OssUnreachable {

    private static final long serialVersionUID = 1L;

    OssTimedOut(String message, Throwable cause) {
        super(message, cause);
    }
}
