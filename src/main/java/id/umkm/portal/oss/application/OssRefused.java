package id.umkm.portal.oss.application;

/** OSS refused the request itself (HTTP 4xx, e.g. a wrong user_key): asking again will not help. */
public class OssRefused extends OssUnreachable {

    public OssRefused(String message) {
        super(message);
    }
}
