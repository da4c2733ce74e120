package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * How to reach an organisation. Who may see each field is the profile's {@link SafetySettings}. Never
 * changed in place: an edit replaces it.
 */
@Embeddable
class ContactDetails {

    @Column(name = "contact_email")
    private @Nullable String email;

    @Column(name = "contact_phone")
    private @Nullable String phone;

    @Column(name = "contact_postal_address")
    private @Nullable String postalAddress;

    @Column(name = "contact_person")
    private @Nullable String person;

    protected ContactDetails() {}

    /**
     * None given: a new profile's before its content is applied. A new instance each time, as Hibernate may
     * copy values into an entity's embedded instance (merge), which must never be shared.
     */
    static ContactDetails none() {
        return new ContactDetails(null, null, null, null);
    }

    private ContactDetails(
            @Nullable String email, @Nullable String phone, @Nullable String postalAddress, @Nullable String person) {
        this.email = email;
        this.phone = phone;
        this.postalAddress = postalAddress;
        this.person = person;
    }

    /**
     * The details a profile's new content gives. A field the content leaves blank while it is hidden from the
     * public is kept: a suggestion made from the public form never saw it.
     */
    ContactDetails updatedBy(ProfileContent content, SafetySettings safety) {
        SafetySettings.HiddenFromPublic hidden = safety.hiddenFromPublic();
        return new ContactDetails(
                kept(content.contactEmail(), email, hidden.email()),
                kept(content.contactPhone(), phone, hidden.phone()),
                kept(content.contactPostalAddress(), postalAddress, hidden.postalAddress()),
                kept(content.contactPerson(), person, hidden.contactPerson()));
    }

    private static @Nullable String kept(@Nullable String given, @Nullable String stored, boolean hidden) {
        return given == null && hidden ? stored : given;
    }

    /** What the public may see: each field only when it is public. */
    ContactDetails publicly(SafetySettings safety) {
        SafetySettings.HiddenFromPublic hidden = safety.hiddenFromPublic();
        return new ContactDetails(
                shown(email, hidden.email()),
                shown(phone, hidden.phone()),
                shown(postalAddress, hidden.postalAddress()),
                shown(person, hidden.contactPerson()));
    }

    private static @Nullable String shown(@Nullable String value, boolean hidden) {
        return hidden ? null : value;
    }

    @Nullable
    String email() {
        return email;
    }

    @Nullable
    String phone() {
        return phone;
    }

    @Nullable
    String postalAddress() {
        return postalAddress;
    }

    @Nullable
    String person() {
        return person;
    }
}
