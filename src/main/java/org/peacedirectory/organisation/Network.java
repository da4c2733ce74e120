package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/** A network or coalition that organisations belong to; it may have a profile of its own here. */
@Entity
@Table(name = "network")
@BatchSize(size = 50)
public class Network {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "acronym")
    private String acronym;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "website")
    private String website;

    /** The network's own profile, when it has one. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation profile;

    protected Network() {
    }

    Network(String acronym, String name) {
        this.acronym = acronym;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getName() {
        return name;
    }

    public String getWebsite() {
        return website;
    }

    public Organisation getProfile() {
        return profile;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Network network && id != null && id.equals(network.id);
    }

    @Override
    public int hashCode() {
        return Network.class.hashCode();
    }
}
