package id.umkm.portal.training.domain;

/** What earns an applicant priority for a training seat; each carries a weight staff publish. */
public enum PriorityCriterion {
    /** Never completed a programme of the office before. */
    NEVER_TRAINED,
    /** A micro business, the smallest scale. */
    MICRO_SCALE,
    /** Has no published product online yet. */
    NOT_SELLING_ONLINE,
    /** Led by a woman. */
    WOMEN_LED,
    /** From a kecamatan whose share of trained MSMEs lags its share of the city's MSMEs. */
    UNDERSERVED_KECAMATAN
}
