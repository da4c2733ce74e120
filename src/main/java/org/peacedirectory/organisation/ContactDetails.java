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
        return new ContactDetails(
                kept(content.contactEmail(), email, safety.email()),
                kept(content.contactPhone(), phone, safety.phone()),
                kept(content.contactPostalAddress(), postalAddress, safety.postalAddress()),
                kept(content.contactPerson(), person, safety.contactPerson()));
    }

    private static @Nullable String kept(@Nullable String given, @Nullable String stored, Visibility visibility) {
        return given == null && visibility == Visibility.MODERATORS_ONLY ? stored : given;
    }

    /** What the public may see: each field only when it is public. */
    ContactDetails publicly(SafetySettings safety) {
        return new ContactDetails(
                shown(email, safety.email()),
                shown(phone, safety.phone()),
                shown(postalAddress, safety.postalAddress()),
                shown(person, safety.contactPerson()));
    }

    private static @Nullable String shown(@Nullable String value, Visibility visibility) {
        return visibility == Visibility.PUBLIC ? value : null;
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
