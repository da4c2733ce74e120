@NullMarked
package org.peacedirectory.moderationlog;

import org.jspecify.annotations.NullMarked;
