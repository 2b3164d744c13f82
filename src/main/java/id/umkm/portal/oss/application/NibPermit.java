package id.umkm.portal.oss.application;

import java.io.Serializable;

/**
 * One permit OSS lists for a NIB ({@code data_checklist[]}).
 *
 * @param permitId OSS {@code id_izin}
 * @param code OSS {@code kd_izin}
 * @param number OSS {@code no_izin}, empty until issued
 * @param status OSS {@code status_checklist}, e.g. 50 issued
 * @param authority OSS {@code kewenangan}, who issues it
 */
public record NibPermit(String permitId, String code, String name, String number, String status, String authority)
        implements Serializable {
}
