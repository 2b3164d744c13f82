package id.umkm.portal.consignment.domain;

/** What happens to goods still unsold when the consignment period and its grace days are over. */
public enum EndAction {
    /** They go back to the owner on a return note. */
    RETURN,
    /** Their price is cut once by the agreed percentage; they stay on sale. */
    MARKDOWN
}
