package org.peacedirectory.account;

/** What a moderator account may do: moderators review, admins also manage accounts. */
public enum Role {
    MODERATOR,
    ADMIN
}
