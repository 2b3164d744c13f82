package id.umkm.portal.oss.application;

/**
 * Fired inside the transaction that stores a new OSS answer for a NIB which earlier look-ups could
 * not get (the retry job) or which OSS pushed ({@code receiveNIB}), so contexts that keep their own
 * copy of the answer (seller verification) bring it up to date.
 */
public record NibAnswered(NibCheck check, String nib) {
}
