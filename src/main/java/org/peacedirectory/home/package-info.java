@NullMarked
package org.peacedirectory.home;

import org.jspecify.annotations.NullMarked;
