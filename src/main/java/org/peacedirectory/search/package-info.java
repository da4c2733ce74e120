@NullMarked
package org.peacedirectory.search;

import org.jspecify.annotations.NullMarked;
