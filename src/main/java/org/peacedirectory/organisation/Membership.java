package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An organisation's place in a network. */
@Embeddable
public class Membership {

    /** Loaded with the membership (a join in the same statement): a network is always shown by name. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private MembershipRole role;

    protected Membership() {
    }

    public Membership(Network network, MembershipRole role) {
        this.network = network;
        this.role = role;
    }

    public Network getNetwork() {
        return network;
    }

    public MembershipRole getRole() {
        return role;
    }
}
