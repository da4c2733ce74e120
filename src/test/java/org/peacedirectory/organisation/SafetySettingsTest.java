package org.peacedirectory.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peacedirectory.organisation.LocationPrecision.CITY;
import static org.peacedirectory.organisation.LocationPrecision.COUNTRY_ONLY;
import static org.peacedirectory.organisation.Visibility.MODERATORS_ONLY;
import static org.peacedirectory.organisation.Visibility.PUBLIC;

import org.junit.jupiter.api.Test;

/**
 * What hides at once and what waits, how a change is named in the log and on pages, how a new profile starts,
 * which fields the public form leaves out.
 */
class SafetySettingsTest {

    private static final SafetySettings ALL_HIDDEN = new SafetySettings(
            MODERATORS_ONLY,
            MODERATORS_ONLY,
            MODERATORS_ONLY,
            MODERATORS_ONLY,
            MODERATORS_ONLY,
            COUNTRY_ONLY,
            true,
            true);

    /** The phone hidden, the logo shown again, the city kept out: a request that both hides and shows. */
    private static final SafetySettings MIXED =
            new SafetySettings(PUBLIC, MODERATORS_ONLY, PUBLIC, PUBLIC, PUBLIC, COUNTRY_ONLY, false, true);

    @Test
    void onlyWhatHidesMoreTakesEffectAtOnce() {
        SafetySettings logoHidden =
                new SafetySettings(PUBLIC, PUBLIC, PUBLIC, PUBLIC, MODERATORS_ONLY, CITY, false, false);

        SafetySettings atOnce = logoHidden.hidingOnly(MIXED);

        assertThat(atOnce)
                .isEqualTo(new SafetySettings(
                        PUBLIC, MODERATORS_ONLY, PUBLIC, PUBLIC, MODERATORS_ONLY, COUNTRY_ONLY, false, true));
        assertThat(MIXED.showsMoreThan(logoHidden)).as("the logo shown again").isTrue();
        assertThat(MIXED.showsMoreThan(atOnce)).isTrue();
        assertThat(ALL_HIDDEN.showsMoreThan(MIXED)).isFalse();
        assertThat(MIXED.showsMoreThan(MIXED)).isFalse();
    }

    @Test
    void theLogNamesEachSettingChangedWithItsNewValueInTheFormsOrder() {
        assertThat(ALL_HIDDEN.differencesFrom(SafetySettings.ALL_SHOWN))
                .isEqualTo("email MODERATORS_ONLY, phone MODERATORS_ONLY, postal address MODERATORS_ONLY,"
                        + " contact person MODERATORS_ONLY, logo MODERATORS_ONLY, location COUNTRY_ONLY,"
                        + " kept from search engines, kept from open data");
        assertThat(SafetySettings.ALL_SHOWN.differencesFrom(ALL_HIDDEN))
                .isEqualTo("email PUBLIC, phone PUBLIC, postal address PUBLIC, contact person PUBLIC, logo PUBLIC,"
                        + " location CITY, shown to search engines, in open data");
        assertThat(MIXED.differencesFrom(SafetySettings.ALL_SHOWN))
                .isEqualTo("phone MODERATORS_ONLY, location COUNTRY_ONLY, kept from open data");
        assertThat(MIXED.differencesFrom(MIXED)).isEmpty();
    }

    @Test
    void pagesNameTheSettingsChangedAsTheFormDoes() {
        assertThat(ALL_HIDDEN.settingsDifferentFrom(SafetySettings.ALL_SHOWN))
                .containsExactly(
                        "email",
                        "phone",
                        "postalAddress",
                        "contactPerson",
                        "logo",
                        "location",
                        "keptFromSearchEngines",
                        "keptFromOpenData");
        assertThat(MIXED.settingsDifferentFrom(SafetySettings.ALL_SHOWN))
                .containsExactly("phone", "location", "keptFromOpenData");
        assertThat(MIXED.settingsDifferentFrom(MIXED)).isEmpty();
    }

    @Test
    void eachSettingsValueHasItsMessageKey() {
        assertThat(MIXED.messageKeyOf("email")).isEqualTo("visibility.PUBLIC");
        assertThat(MIXED.messageKeyOf("phone")).isEqualTo("visibility.MODERATORS_ONLY");
        assertThat(ALL_HIDDEN.messageKeyOf("postalAddress")).isEqualTo("visibility.MODERATORS_ONLY");
        assertThat(ALL_HIDDEN.messageKeyOf("contactPerson")).isEqualTo("visibility.MODERATORS_ONLY");
        assertThat(MIXED.messageKeyOf("logo")).isEqualTo("visibility.PUBLIC");
        assertThat(MIXED.messageKeyOf("location")).isEqualTo("location.COUNTRY_ONLY");
        assertThat(MIXED.messageKeyOf("keptFromSearchEngines")).isEqualTo("answer.false");
        assertThat(MIXED.messageKeyOf("keptFromOpenData")).isEqualTo("answer.true");
        assertThatThrownBy(() -> MIXED.messageKeyOf("city")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCityAndTheContactFieldsKeptFromThePublicAreThoseNotShownToIt() {
        assertThat(SafetySettings.ALL_SHOWN.hiddenFromPublic())
                .isEqualTo(new SafetySettings.HiddenFromPublic(false, false, false, false, false));
        assertThat(ALL_HIDDEN.hiddenFromPublic())
                .isEqualTo(new SafetySettings.HiddenFromPublic(true, true, true, true, true));
        assertThat(MIXED.hiddenFromPublic())
                .as("the city, at country level, and the phone")
                .isEqualTo(new SafetySettings.HiddenFromPublic(true, false, true, false, false));
        assertThat(new SafetySettings(PUBLIC, PUBLIC, MODERATORS_ONLY, MODERATORS_ONLY, PUBLIC, CITY, true, true)
                        .hiddenFromPublic())
                .as("the postal address and the contact person; the logo and the open data are not fields of the form")
                .isEqualTo(new SafetySettings.HiddenFromPublic(false, false, false, true, true));
    }

    @Test
    void aNewProfileShowsItsContactsOnlyWithConsentAndInAHighRiskCountryOnlyItsCountry() {
        assertThat(SafetySettings.forNewProfile(true, false)).isEqualTo(SafetySettings.ALL_SHOWN);
        assertThat(SafetySettings.forNewProfile(false, false))
                .isEqualTo(new SafetySettings(
                        MODERATORS_ONLY,
                        MODERATORS_ONLY,
                        MODERATORS_ONLY,
                        MODERATORS_ONLY,
                        PUBLIC,
                        CITY,
                        false,
                        false));
        assertThat(SafetySettings.forNewProfile(true, true))
                .isEqualTo(new SafetySettings(
                        MODERATORS_ONLY,
                        MODERATORS_ONLY,
                        MODERATORS_ONLY,
                        MODERATORS_ONLY,
                        MODERATORS_ONLY,
                        COUNTRY_ONLY,
                        false,
                        false));
    }
}
