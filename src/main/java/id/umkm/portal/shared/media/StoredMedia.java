package id.umkm.portal.shared.media;

/** An uploaded image as pages and the API link to it: the full image and its thumbnail. */
public record StoredMedia(long id, String contentType, int width, int height) {

    public String url() {
        return "/media/" + id;
    }

    public String thumbnailUrl() {
        return "/media/" + id + "/thumb";
    }
}
