/** The open-data page: the data's licence, how to cite it, and every way the data leaves the site. */
@NullMarked
package org.peacedirectory.opendata;

import org.jspecify.annotations.NullMarked;
