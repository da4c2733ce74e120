package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * How to reach an organisation, and whether it agreed to show that publicly: without that agreement the
 * details are for moderators only, never on a public page or in the public "suggest an edit" form.
 * Never changed in place: an edit replaces it.
 */
@Embeddable
class ContactDetails {

    @Column(name = "contact_email")
    private @Nullable String email;

    @Column(name = "contact_phone")
    private @Nullable String phone;

    /** The organisation agreed to show its contact details publicly. */
    @Column(name = "contact_public", nullable = false)
    private boolean shownPublicly;

    protected ContactDetails() {}

    /**
     * None given, not public: a new profile's before its content is applied. A new instance each time, as
     * Hibernate may copy values into an entity's embedded instance (merge), which must never be shared.
     */
    static ContactDetails none() {
        return new ContactDetails(null, null, false);
    }

    private ContactDetails(@Nullable String email, @Nullable String phone, boolean shownPublicly) {
        this.email = email;
        this.phone = phone;
        this.shownPublicly = shownPublicly;
    }

    /** The details a profile's new content gives, or these when it gives none. */
    ContactDetails updatedBy(ProfileContent content) {
        // A suggestion made from the public form never saw private contact details: blank keeps them.
        if (content.contactEmail() != null || content.contactPhone() != null || content.contactPublic()) {
            return new ContactDetails(content.contactEmail(), content.contactPhone(), content.contactPublic());
        }
        return this;
    }

    /** What the public may see: these details when the organisation agreed to show them, else none. */
    ContactDetails publicly() {
        return shownPublicly ? this : none();
    }

    @Nullable
    String email() {
        return email;
    }

    @Nullable
    String phone() {
        return phone;
    }

    boolean shownPublicly() {
        return shownPublicly;
    }
}
