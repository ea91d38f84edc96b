package org.convatlas.cases;

import com.fasterxml.jackson.databind.JsonNode;

/** Names the kind of a JSON value in plain words for messages: "a list", "a string", ... */
final class JsonKinds {

    private JsonKinds() {
    }

    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "the text " + node;
        }
        if (node.isBoolean() || node.isNumber()) {
            return node.toString();
        }
        return "null";
    }
}
