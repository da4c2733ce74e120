/**
 * The directory in Open Referral's Human Services Data Specification (HSDS 3.0): the read-only HSDS API under
 * {@code /api/hsds/} and the tabular data package of the whole published directory, generated after each
 * published change and kept in PostgreSQL. Part of the api module (its problem details, limits, CORS and
 * licence apply); the mapping and its losses are written down in docs/hsds.md.
 */
@NullMarked
package org.peacedirectory.api.hsds;

import org.jspecify.annotations.NullMarked;
