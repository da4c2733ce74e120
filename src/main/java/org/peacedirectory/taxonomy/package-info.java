@NullMarked
package org.peacedirectory.taxonomy;

import org.jspecify.annotations.NullMarked;
