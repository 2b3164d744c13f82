package id.umkm.portal.licensing.application;

import id.umkm.portal.licensing.domain.ApplicationDocument;
import id.umkm.portal.licensing.domain.PermitApplication;

/** An uploaded document's bytes, for the applicant and the officer to open. */
public record StoredFile(String fileName, String contentType, byte[] content) {

    static StoredFile of(ApplicationViews views, PermitApplication a, String documentCode) {
        var requirement = views.type(a.getPermitTypeId()).document(documentCode).orElseThrow(ApplicationNotFound::new);
        ApplicationDocument d = views.document(a.getId(), requirement.getId()).orElseThrow(ApplicationNotFound::new);
        return new StoredFile(d.getFileName(), d.getContentType(), d.getContent());
    }
}
