@NullMarked
package org.peacedirectory.moderation;

import org.jspecify.annotations.NullMarked;
