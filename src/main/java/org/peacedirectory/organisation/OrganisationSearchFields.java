package org.peacedirectory.organisation;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.jspecify.annotations.Nullable;
import org.peacedirectory.taxonomy.Country;

/**
 * The search fields of an organisation that no single property holds, worked out from several: the
 * countries a country page lists it under, the names of the country it is based in, its themes, and the
 * latest year its activities reach, and whether it is in the open data ({@link #OPEN_DATA}, which the
 * open data outputs filter on). Neither its city nor its contacts are indexed: hidden or not, searching
 * them finds nothing. A type bridge, set on {@link Organisation} by
 * {@link OrganisationIndexMapping}; the search package queries these fields by name (WordMatching, Facet).
 */
class OrganisationSearchFields implements TypeBinder {

    /** Whether the organisation is in the open data (not kept out of it by its safety settings). */
    static final String OPEN_DATA = "openData";

    @Override
    public void bind(TypeBindingContext context) {
        // What the fields come from, so that Hibernate Search reindexes an organisation when one of these
        // changes. Countries and themes are reference data (ReindexOnUpdate.SHALLOW in OrganisationIndexMapping):
        // which ones the organisation names counts, a change inside a country or theme does not.
        context.dependencies()
                .use("country")
                .use("countriesOfWork")
                .use("themes")
                .use("activities.date")
                .use("safety.keptFromOpenData");
        IndexSchemaElement schema = context.indexSchemaElement();
        context.bridge(
                Organisation.class,
                new Bridge(
                        schema.field("countries", f -> f.asString().aggregable(Aggregable.YES))
                                .multiValued()
                                .toReference(),
                        schema.field("place", f -> f.asString().analyzer("text"))
                                .toReference(),
                        schema.field("themes", f -> f.asString().aggregable(Aggregable.YES))
                                .multiValued()
                                .toReference(),
                        schema.field("lastActivityYear", f -> f.asInteger().aggregable(Aggregable.YES))
                                .toReference(),
                        schema.field(OPEN_DATA, f -> f.asBoolean()).toReference()));
    }

    /** The country it is based in and those it works in (a country page lists both). */
    private static Set<String> countryCodes(Organisation organisation) {
        Set<String> codes = new TreeSet<>();
        codes.add(organisation.getCountry().getCode());
        organisation.getCountriesOfWork().forEach(place -> codes.add(place.getCode()));
        return codes;
    }

    /** The names of the country it is based in, words a reader may type ("bamako mali"). */
    private static String placeNames(Organisation organisation) {
        Country country = organisation.getCountry();
        return country.name(Locale.ENGLISH) + " " + country.name(Locale.FRENCH);
    }

    /** The slugs of its themes. */
    private static Set<String> themeSlugs(Organisation organisation) {
        Set<String> slugs = new TreeSet<>();
        organisation.getThemes().forEach(theme -> slugs.add(theme.getSlug()));
        return slugs;
    }

    /** For "active since": the latest year its activities reach, or null without dated ones. */
    private static @Nullable Integer latestActivityYear(Organisation organisation) {
        return organisation.getActivities().stream()
                .map(Activity::getDate)
                .filter(Objects::nonNull)
                .map(date -> date.upperBound().getYear())
                .max(Integer::compare)
                .orElse(null);
    }

    private record Bridge(
            IndexFieldReference<String> countries,
            IndexFieldReference<String> place,
            IndexFieldReference<String> themes,
            IndexFieldReference<Integer> lastActivityYear,
            IndexFieldReference<Boolean> openData)
            implements TypeBridge<Organisation> {

        @Override
        public void write(DocumentElement target, Organisation organisation, TypeBridgeWriteContext context) {
            countryCodes(organisation).forEach(code -> target.addValue(countries, code));
            target.addValue(place, placeNames(organisation));
            themeSlugs(organisation).forEach(slug -> target.addValue(themes, slug));
            Integer year = latestActivityYear(organisation);
            if (year != null) { // as a null getter did: no value at all, so "active since" leaves it out
                target.addValue(lastActivityYear, year);
            }
            target.addValue(openData, !organisation.getSafety().keptFromOpenData());
        }
    }
}
