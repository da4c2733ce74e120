package org.peacedirectory.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SiteUrlTest {

    @Test
    void refusesToStartWithMailButNoPublicAddress() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.mail.host", "smtp.example.org");

        assertThatThrownBy(() -> new SiteUrl(environment))
                .isInstanceOf(SiteUrl.BaseUrlRequiredException.class)
                .hasMessageContaining("directory.base-url");
    }

    @Test
    void linksToTheConfiguredAddressWithoutItsTrailingSlash() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.mail.host", "smtp.example.org")
                .withProperty("directory.base-url", "https://peace.example.org/");

        assertThat(new SiteUrl(environment).of("/organisations/{slug}", "conascipal"))
                .isEqualTo("https://peace.example.org/organisations/conascipal");
    }

    @Test
    void linksToThisMachineOnTheServersPortWhenNothingIsConfigured() {
        MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "41234");

        assertThat(new SiteUrl(environment).base()).isEqualTo("http://localhost:41234");
    }

    @Test
    void refusesAnAddressThatIsNotAWebAddress() {
        MockEnvironment environment = new MockEnvironment().withProperty("directory.base-url", "peace.example.org");

        assertThatThrownBy(() -> new SiteUrl(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("https://peace.example.org");
    }
}
