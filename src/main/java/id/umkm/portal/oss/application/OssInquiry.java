package id.umkm.portal.oss.application;

/**
 * One HTTP conversation with OSS about a NIB, in whatever version of the integration guide the
 * implementation speaks. Throws {@link OssUnreachable} (or a fault-tolerance exception) when OSS
 * could not give an answer; FOUND and NOT_FOUND are answers.
 */
public interface OssInquiry {

    NibCheck inquire(String nib);

    /** The same question asked by the retry job, in the background: no retries of its own. */
    NibCheck inquireInBackground(String nib);

    /** Reads a {@code dataNIB} object as OSS pushes it with {@code receiveNIB}. */
    NibRecord readPushedNib(jakarta.json.JsonObject dataNib);
}
