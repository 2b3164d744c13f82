package id.umkm.portal.oss.application;

import java.time.Instant;

/**
 * OSS told the portal the status of a permit ({@code receiveLicenseStatus}); fired once per push,
 * inside the transaction that records it.
 *
 * @param permitId OSS {@code id_izin}; the portal's tracking number when the permit was applied for here
 * @param statusCode OSS status code (10, 11, 20, 45, 46, 47, 48, 50, 90)
 */
public record LicenseStatusReceived(String nib, String permitId, String statusCode, String note, Instant at) {
}
