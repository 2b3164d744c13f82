package id.umkm.portal.shared.infrastructure;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;

/** What the REST clients of external systems (OSS, the payment gateway) share in reading their failures. */
public final class ExternalCalls {

    private ExternalCalls() {
    }

    /**
     * Whether the call failed because the other side took no connection or gave no answer in time (a
     * socket connect or read timeout, however deep the client wrapped it), as opposed to refusing or
     * failing fast. Such a call is not worth repeating at once: a hung system would only hang again.
     */
    public static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
