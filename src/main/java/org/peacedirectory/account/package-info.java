@NullMarked
package org.peacedirectory.account;

import org.jspecify.annotations.NullMarked;
