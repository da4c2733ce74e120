/**
 * The open data API, read-only and versioned ({@code /api/v1/...}): organisations (the list page's search,
 * one profile), countries, themes and networks, as JSON records made for each answer (never entities),
 * with problem details (RFC 9457) for errors, open to every origin for GET, under the data licence.
 */
@NullMarked
package org.peacedirectory.api;

import org.jspecify.annotations.NullMarked;
