package org.peacedirectory.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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

    /** Where the membership is stated; null when nobody said. */
    @Embedded
    private @Nullable SourceColumns source;

    protected Membership() {}

    public Membership(Network network, MembershipRole role) {
        this(network, role, null);
    }

    public Membership(Network network, MembershipRole role, @Nullable Source source) {
        this.network = network;
        this.role = role;
        this.source = SourceColumns.of(source);
    }

    /**
     * Memberships of the given networks, each once and in that order. A network the organisation already
     * belonged to keeps its role (the form does not ask for one, so a founding member stays one); a new one starts as a
     * plain member. Each takes the source the content names for it (by the network's name), or none.
     */
    static List<Membership> keepingRoles(
            List<Membership> current, List<Network> networks, Function<String, @Nullable Source> sources) {
        List<Membership> kept = new ArrayList<>();
        for (Network network : networks) {
            MembershipRole role = current.stream()
                    .filter(membership -> membership.network.equals(network))
                    .map(Membership::getRole)
                    .findFirst()
                    .orElse(MembershipRole.MEMBER);
            if (kept.stream().noneMatch(membership -> membership.network.equals(network))) {
                kept.add(new Membership(network, role, sources.apply(network.getName())));
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

    /** Where the membership is stated, or null. */
    public @Nullable Source getSource() {
        return SourceColumns.sourceOf(source);
    }
}
