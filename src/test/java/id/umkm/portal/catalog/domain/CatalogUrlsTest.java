package id.umkm.portal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogUrlsTest {

    @Test
    void slugsAreLowerCaseAsciiWithSingleHyphens() {
        assertThat(CatalogUrls.slugify("Keripik Pisang  Balado (250 gr)")).isEqualTo("keripik-pisang-balado-250-gr");
        assertThat(CatalogUrls.slugify("Kopi Liberika – Café Énak!")).isEqualTo("kopi-liberika-cafe-enak");
        assertThat(CatalogUrls.slugify("---")).isEmpty();
        assertThat(CatalogUrls.slugify("a".repeat(100))).hasSize(80);
    }

    @Test
    void productAddressesCarryIdAndSlug() {
        assertThat(CatalogUrls.product(42, "amplang-ikan")).isEqualTo("/p/42-amplang-ikan");
        assertThat(CatalogUrls.parseProduct("/p/42-amplang-ikan")).hasValue(new CatalogUrls.ProductPath(42, "amplang-ikan"));
        assertThat(CatalogUrls.parseProduct("/p/42")).hasValue(new CatalogUrls.ProductPath(42, ""));
        assertThat(CatalogUrls.parseProduct("/p/42-old-name")).hasValue(new CatalogUrls.ProductPath(42, "old-name"));
        assertThat(CatalogUrls.parseProduct("/p/abc")).isEmpty();
        assertThat(CatalogUrls.parseProduct("/p/0-x")).isEmpty();
        assertThat(CatalogUrls.parseProduct("/p/99999999999999999999-x")).isEmpty();
        assertThat(CatalogUrls.parseProduct("/p/4/2")).isEmpty();
    }

    @Test
    void storeAddressesAcceptSlugsOnly() {
        assertThat(CatalogUrls.store("amplang-hasanah")).isEqualTo("/toko/amplang-hasanah");
        assertThat(CatalogUrls.parseStore("/toko/amplang-hasanah")).hasValue("amplang-hasanah");
        assertThat(CatalogUrls.parseStore("/toko/Amplang")).isEmpty();
        assertThat(CatalogUrls.parseStore("/toko/")).isEmpty();
        assertThat(CatalogUrls.parseStore("/toko/a/b")).isEmpty();
    }
}
