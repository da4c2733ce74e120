package org.peacedirectory.organisation;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only published organisations are in the search index: a profile that stops being published is
 * removed from it at the commit that changes its status (conditional indexing with a routing bridge).
 */
public class PublishedOnlyInSearch implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("publicationStatus");
        context.bridge(Organisation.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Organisation> {

        @Override
        public void route(
                DocumentRoutes routes,
                Object entityIdentifier,
                Organisation organisation,
                RoutingBridgeRouteContext context) {
            if (organisation.getPublicationStatus() == PublicationStatus.PUBLISHED) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        /** Wherever it was, it may have been indexed before (published then), so that copy is deleted. */
        @Override
        public void previousRoutes(
                DocumentRoutes routes,
                Object entityIdentifier,
                Organisation organisation,
                RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
