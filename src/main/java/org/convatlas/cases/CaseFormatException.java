package org.convatlas.cases;

/** A case file that cannot be read as the format defines it; the message says what is wrong in plain words. */
public final class CaseFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseFormatException(String message) {
        super(message);
    }
}
