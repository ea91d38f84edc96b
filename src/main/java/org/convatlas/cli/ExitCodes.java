package org.convatlas.cli;

/** The process exit codes of the command line; when several things happen, the highest one is returned. */
final class ExitCodes {

    /** Everything ran (and every checked case passed). */
    static final int OK = 0;
    /** A case computed but did not match its expected values or multiply count. */
    static final int CHECK_FAILED = 1;
    /** A file is missing, unreadable or not a valid case, or the command line itself is wrong. */
    static final int INVALID_INPUT = 2;
    /** Something failed that should not have: a bug, reported in one line. */
    static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
