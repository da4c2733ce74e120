@NullMarked
package org.peacedirectory.system;

import org.jspecify.annotations.NullMarked;
