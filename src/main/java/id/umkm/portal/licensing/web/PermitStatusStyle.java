package id.umkm.portal.licensing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** One colour per application state on every page: #{permitStatus.severity(status)}. */
@Named("permitStatus")
@ApplicationScoped
public class PermitStatusStyle {

    public String severity(String status) {
        return switch (status == null ? "" : status) {
            case "ISSUED", "APPROVED" -> "success";
            case "REJECTED" -> "danger";
            case "REVISION_REQUESTED" -> "warning";
            case "DRAFT" -> "secondary";
            default -> "info";
        };
    }
}
