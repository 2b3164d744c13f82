package id.umkm.portal.shared.media;

import id.umkm.portal.shared.domain.RuleViolation;

/**
 * Keeps uploaded images (seller logos, product photos) in the database table media. Accepts JPEG,
 * PNG and WebP recognised by their content, not their name, up to 5 MB, and makes a thumbnail.
 */
public interface MediaStore {

    int MAX_BYTES = 5 * 1024 * 1024;

    /**
     * @throws RuleViolation with key media.tooLarge, media.empty or media.notAnImage, naming the file
     */
    StoredMedia store(long ownerAccountId, String originalName, byte[] content);
}
