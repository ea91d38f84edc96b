package org.convatlas.lesson;

import java.util.Objects;

/** The check every parameter descriptor makes on its names. */
final class ParameterNames {

    private ParameterNames() {
    }

    /** Both names are given. */
    static void require(String id, String labelKey) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelKey, "labelKey");
    }
}
