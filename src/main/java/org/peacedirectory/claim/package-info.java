/**
 * Claimed profiles (issue 17, item 2): someone at an organisation claims its profile with an email at the
 * organisation's own web domain, confirms it through a mailed link, and a moderator accepts it (module
 * {@code moderation}); the profile then shows "Managed by the organisation", and its people sign in by a
 * mailed link ({@code account.OrganisationSignIn}) to their organisation's page, from where they propose
 * edits that moderators see first.
 */
@NullMarked
package org.peacedirectory.claim;

import org.jspecify.annotations.NullMarked;
