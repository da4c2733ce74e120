@NullMarked
package org.peacedirectory.submission;

import org.jspecify.annotations.NullMarked;
