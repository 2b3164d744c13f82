package id.umkm.portal.oss.application;

/** OSS did not answer, answered with a server error, or answered something the adapter cannot read. */
public class OssUnreachable extends RuntimeException {

    public OssUnreachable(String message) {
        super(message);
    }

    public OssUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
