/**
 * Atom feeds of newly published and recently updated profiles, for the whole directory and per country and
 * theme, and the links to them that the pages carry.
 */
@NullMarked
package org.peacedirectory.feeds;

import org.jspecify.annotations.NullMarked;
