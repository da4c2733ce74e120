package org.peacedirectory.claim;

/**
 * A claim was stored: its confirmation link is to be mailed, after the commit. It names the claim by its id
 * only; the mail reads the rest, and makes the link's token again from the claim's salt.
 */
record ClaimMade(long claimId) {}
