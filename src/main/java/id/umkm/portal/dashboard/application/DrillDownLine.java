package id.umkm.portal.dashboard.application;

import java.io.Serializable;
import java.time.Instant;

/** One record behind a figure, for staff: what it is, whose business, where, its state, when, how much. */
public record DrillDownLine(String reference, String business, String kelurahan, String status, Instant at, Long amountRupiah) implements Serializable {
}
