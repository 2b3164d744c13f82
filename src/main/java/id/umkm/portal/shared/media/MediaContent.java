package id.umkm.portal.shared.media;

/** The bytes of an image or its thumbnail, as the media servlet sends them. */
public record MediaContent(String contentType, byte[] bytes) {
}
