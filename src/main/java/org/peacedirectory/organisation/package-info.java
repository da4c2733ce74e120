@NullMarked
package org.peacedirectory.organisation;

import org.jspecify.annotations.NullMarked;
