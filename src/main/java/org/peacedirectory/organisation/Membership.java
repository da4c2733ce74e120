package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.List;

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

    protected Membership() {}

    public Membership(Network network, MembershipRole role) {
        this.network = network;
        this.role = role;
    }

    /**
     * Memberships of the given networks, each once and in that order. A network the organisation already
     * belonged to keeps its role (the form does not ask for one, so a founding member stays one); a new one starts as a
     * plain member.
     */
    static List<Membership> keepingRoles(List<Membership> current, List<Network> networks) {
        List<Membership> kept = new ArrayList<>();
        for (Network network : networks) {
            MembershipRole role = current.stream()
                    .filter(membership -> membership.network.equals(network))
                    .map(Membership::getRole)
                    .findFirst()
                    .orElse(MembershipRole.MEMBER);
            if (kept.stream().noneMatch(membership -> membership.network.equals(network))) {
                kept.add(new Membership(network, role));
            }
        }
        return kept;
    }

    public Network getNetwork() {
        return network;
    }

    public MembershipRole getRole() {
        return role;
    }
}
