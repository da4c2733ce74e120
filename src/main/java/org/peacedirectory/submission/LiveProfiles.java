package org.peacedirectory.submission;

import java.util.Optional;
import org.peacedirectory.organisation.Organisation;
import org.peacedirectory.organisation.Organisations;
import org.peacedirectory.organisation.ProfileContent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A published profile in the shape of a proposal: to fill in the "suggest an edit" form. */
@Component
class LiveProfiles {

    private final Organisations organisations;

    LiveProfiles(Organisations organisations) {
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public Optional<ProfileContent> bySlug(String slug) {
        return organisations.findPublishedBySlug(slug).map(Organisation::publicContent);
    }
}
