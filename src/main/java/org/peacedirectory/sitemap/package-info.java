@NullMarked
package org.peacedirectory.sitemap;

import org.jspecify.annotations.NullMarked;
