package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation's logo, kept apart from the profile so that pages never load the bytes by accident. */
@Entity
@Table(name = "organisation_logo")
public class OrganisationLogo {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected OrganisationLogo() {}

    OrganisationLogo(Long organisationId, String mediaType, byte[] content) {
        this.organisationId = organisationId;
        this.mediaType = mediaType;
        this.content = content.clone();
    }

    void replace(String newMediaType, byte[] newContent) {
        this.mediaType = newMediaType;
        this.content = newContent.clone();
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
