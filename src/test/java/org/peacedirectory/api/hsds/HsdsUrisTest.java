package org.peacedirectory.api.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HsdsUrisTest {

    @Test
    void keepsAnAddressThatIsAlreadyAUri() {
        assertThat(HsdsUris.of("https://conascipal.org/?a=1&b=2")).isEqualTo("https://conascipal.org/?a=1&b=2");
    }

    @Test
    void escapesWhatAUriMayNotHoldAsTyped() {
        String typed = "https://example.org/hostile?q=</script><!--<script>]]> & \"quoted\" \\ end";

        String sent = HsdsUris.of(typed);

        assertThat(sent).startsWith("https://example.org/hostile?q=%3C/script%3E");
        assertThat(URI.create(sent).isAbsolute()).isTrue();
    }

    @Test
    void leavesOutWhatIsNoAddressAtAll() {
        assertThat(HsdsUris.of("not an address")).isNull();
        assertThat(HsdsUris.of("  ")).isNull();
        assertThat(HsdsUris.of(null)).isNull();
    }
}
