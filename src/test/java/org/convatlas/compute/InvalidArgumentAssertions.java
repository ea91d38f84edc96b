package org.convatlas.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Checks that a call is refused with exactly the message a person would read. */
final class InvalidArgumentAssertions {

    private InvalidArgumentAssertions() {
    }

    static void assertMessage(String expected, Executable call) {
        assertEquals(expected, assertThrows(InvalidArgumentException.class, call).getMessage());
    }
}
