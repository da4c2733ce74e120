package org.peacedirectory.api;

import java.util.List;

/** One page of a list of organisations: its items, where it stands, and how many match in all. */
record OrganisationPage(List<OrganisationItem> items, int page, int size, long total, long pages, Licence licence) {}
