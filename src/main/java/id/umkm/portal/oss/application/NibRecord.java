package id.umkm.portal.oss.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts OSS keeps about a NIB ({@code dataNIB} of {@code responinqueryNIB}) that the portal uses.
 *
 * @param scale OSS {@code skala_usaha} 01/02/03/04; large businesses (04) are not MSMEs and not served
 * @param umk OSS {@code flag_umk}: the business counts as micro or small
 * @param statusNib OSS {@code status_nib}, e.g. "AKTIF" or "DICABUT"
 * @param issuedOn OSS {@code tgl_terbit_oss}
 * @param projects OSS {@code data_proyek[]}: one line of business each
 * @param permits OSS {@code data_checklist[]}: the permits OSS expects for these lines of business
 */
public record NibRecord(String nib, String businessName, String address, Scale scale, boolean umk,
        String statusNib, LocalDate issuedOn, List<NibProject> projects, List<NibPermit> permits)
        implements Serializable {

    public enum Scale { MICRO, SMALL, MEDIUM, LARGE }

    public NibRecord {
        projects = List.copyOf(projects);
        permits = permits == null ? List.of() : List.copyOf(permits);
    }

    public boolean isActive() {
        return "AKTIF".equals(statusNib);
    }

    /** The riskiest line of business decides which permits the business needs. */
    public java.util.Optional<NibProject> riskiestProject() {
        return projects.stream().max(java.util.Comparator.comparing(NibProject::riskLevel));
    }

    public List<String> kbliCodes() {
        return projects.stream().map(NibProject::kbli).toList();
    }
}
