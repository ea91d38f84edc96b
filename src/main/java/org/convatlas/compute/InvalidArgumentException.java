package org.convatlas.compute;

/**
 * The one exception every operation throws for bad arguments, before touching any data.
 * The message is meant for a person: it names the parameter, the rule and the value, e.g.
 * {@code stride must be at least 1 (got 0)} or
 * {@code groups 3 must divide input channels 4}.
 */
public final class InvalidArgumentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidArgumentException(String message) {
        super(message);
    }
}
