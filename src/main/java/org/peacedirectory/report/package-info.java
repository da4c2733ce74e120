/**
 * Report a problem with a published profile: the public form (no account), kept safe from robots as the
 * submission form is, and the reports it stores for the moderators, urgent safety reports first.
 */
@NullMarked
package org.peacedirectory.report;

import org.jspecify.annotations.NullMarked;
