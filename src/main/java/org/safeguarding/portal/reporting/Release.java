package org.safeguarding.portal.reporting;

/** Which publication of a period a table belongs to: its first close, or the annual re-base that takes in late records. */
public enum Release {
    FIRST(1),
    REBASE(2);

    public final int number;

    Release(int number) {
        this.number = number;
    }

    public static Release of(int number) {
        return number == 1 ? FIRST : REBASE;
    }
}
