@NullMarked
package org.peacedirectory;

import org.jspecify.annotations.NullMarked;
