package org.peacedirectory.organisation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The networks that published organisations belong to, by name, in one SQL statement. */
@Component
public class PublishedNetworks {

    /** A network, with the address of its own profile when it has a published one. */
    public record PublishedNetwork(
            String name,
            @Nullable String acronym,
            @Nullable String website,
            @Nullable String profileSlug,
            long members) {}

    private final JdbcClient jdbc;

    PublishedNetworks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PublishedNetwork> all() {
        return jdbc.sql("""
                select n.name, n.acronym, n.website, p.slug as profile_slug, count(*) as members
                from network n
                join organisation_network m on m.network_id = n.id
                join organisation o on o.id = m.organisation_id and o.publication_status = 'PUBLISHED'
                left join organisation p on p.id = n.organisation_id and p.publication_status = 'PUBLISHED'
                group by n.id, n.name, n.acronym, n.website, p.slug
                order by n.name, n.id""").query(PublishedNetwork.class).list();
    }
}
