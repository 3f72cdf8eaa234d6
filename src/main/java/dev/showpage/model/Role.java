package dev.showpage.model;

/** The part a person plays in an episode. */
public enum Role {
    /** Hosts the show: named in most episodes of the page. */
    HOST,
    /** Interviewed or featured in the episode. */
    GUEST
}
