package id.umkm.portal.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** One document a permit type asks for: which formats, how large, whether it may be left out. */
@Entity
@Table(name = "permit_document_requirement")
public class DocumentRequirement implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code")
    private String code;

    @Column(name = "name_id")
    private String nameId;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "mandatory")
    private boolean mandatory;

    @Column(name = "formats")
    private String formats;

    @Column(name = "max_kb")
    private int maxKb;

    @Column(name = "position")
    private int position;

    protected DocumentRequirement() {
    }

    public DocumentRequirement(String code, String nameId, String nameEn, boolean mandatory, Set<FileFormat> formats,
            int maxKb, int position) {
        this.code = code;
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.mandatory = mandatory;
        this.formats = formats.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.maxKb = maxKb;
        this.position = position;
    }

    /** Takes another requirement's terms, keeping this one's identity (uploads refer to it). */
    public void update(DocumentRequirement terms) {
        this.nameId = terms.nameId;
        this.nameEn = terms.nameEn;
        this.mandatory = terms.mandatory;
        this.formats = terms.formats;
        this.maxKb = terms.maxKb;
        this.position = terms.position;
    }

    public Set<FileFormat> formats() {
        EnumSet<FileFormat> set = EnumSet.noneOf(FileFormat.class);
        Arrays.stream(formats.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(FileFormat::valueOf)
                .forEach(set::add);
        return set;
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameId;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameId() { return nameId; }
    public String getNameEn() { return nameEn; }
    public boolean isMandatory() { return mandatory; }
    public String getFormats() { return formats; }
    public int getMaxKb() { return maxKb; }
    public int getPosition() { return position; }
}
