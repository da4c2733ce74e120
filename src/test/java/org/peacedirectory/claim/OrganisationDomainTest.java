package org.peacedirectory.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The organisation's web domain, and which emails are at it. */
class OrganisationDomainTest {

    @Test
    void theDomainIsTheWebsitesHostWithoutALeadingWww() {
        assertThat(OrganisationDomain.of("https://www.conascipal.org")).hasValue("conascipal.org");
        assertThat(OrganisationDomain.of("http://WWW.Conascipal.org/fr/accueil?x=1"))
                .hasValue("conascipal.org");
        assertThat(OrganisationDomain.of("https://peace.example.org:8443/")).hasValue("peace.example.org");
        assertThat(OrganisationDomain.of(null)).isEmpty();
        assertThat(OrganisationDomain.of(" ")).isEmpty();
        assertThat(OrganisationDomain.of("https://localhost/")).isEmpty();
        assertThat(OrganisationDomain.of("not a web address")).isEmpty();
    }

    @Test
    void emailsAtTheDomainOrItsSubdomainsBelongToIt() {
        assertThat(OrganisationDomain.emailAt("x@conascipal.org", "conascipal.org"))
                .isTrue();
        assertThat(OrganisationDomain.emailAt("x@mail.conascipal.org", "conascipal.org"))
                .isTrue();
        assertThat(OrganisationDomain.emailAt("X@CONASCIPAL.ORG", "conascipal.org"))
                .isTrue();
    }

    @Test
    void emailsElsewhereDoNot() {
        assertThat(OrganisationDomain.emailAt("x@gmail.com", "conascipal.org")).isFalse();
        assertThat(OrganisationDomain.emailAt("x@notconascipal.org", "conascipal.org"))
                .isFalse();
        assertThat(OrganisationDomain.emailAt("x@conascipal.org.evil.example", "conascipal.org"))
                .isFalse();
        assertThat(OrganisationDomain.emailAt("conascipal.org", "conascipal.org"))
                .isFalse();
    }
}
