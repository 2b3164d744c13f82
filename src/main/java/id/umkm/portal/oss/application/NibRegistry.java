package id.umkm.portal.oss.application;

/**
 * The national OSS registry as the portal asks it "does this NIB exist, and what does it say?"
 * (OSS RBA {@code inqueryNIB}). Answers are advice for people: a registry that cannot be reached
 * answers {@link NibCheck.Outcome#UNAVAILABLE}, never an exception, so callers carry on without it.
 */
public interface NibRegistry {

    NibCheck check(String nib);
}
