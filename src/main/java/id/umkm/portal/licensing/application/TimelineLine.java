package id.umkm.portal.licensing.application;

import java.io.Serializable;
import java.time.Instant;

public record TimelineLine(Instant at, String actor, String fromStatus, String toStatus, String note) implements Serializable {
}
