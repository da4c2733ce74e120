@NullMarked
package org.peacedirectory.backup;

import org.jspecify.annotations.NullMarked;
