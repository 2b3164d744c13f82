package id.umkm.portal.licensing.application;

/** No such application, or not one the caller may see: both answer the same, so ids reveal nothing. */
public class ApplicationNotFound extends RuntimeException {

    public ApplicationNotFound() {
        super("No such permit application", null, false, false);
    }
}
