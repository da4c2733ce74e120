@NullMarked
package org.peacedirectory.pages;

import org.jspecify.annotations.NullMarked;
