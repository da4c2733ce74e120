package org.peacedirectory.organisation;

public enum MembershipRole {
    MEMBER,
    FOUNDING_MEMBER
}
