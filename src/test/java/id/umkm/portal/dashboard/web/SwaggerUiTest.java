package id.umkm.portal.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SwaggerUiTest {

    @Test
    void theFolderCarriesTheVersionOfTheWebjarOnTheClasspath() {
        String path = new SwaggerUi().getPath();
        assertThat(path).matches("/webjars/swagger-ui/\\d+\\.\\d+\\.\\d+");
        assertThat(SwaggerUi.class.getClassLoader().getResource("META-INF/resources" + path + "/swagger-ui-bundle.js")).isNotNull();
    }
}
