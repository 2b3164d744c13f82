package id.umkm.portal.training.domain;

/** DRAFT while staff prepare it, OPEN for registration, ALLOCATED once priority seats are given. */
public enum ProgrammeStatus {
    DRAFT, OPEN, ALLOCATED, FINISHED, CANCELLED
}
