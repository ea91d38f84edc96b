package org.convatlas.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseReaderTest {

    private static final String GOOD = CaseTexts.TINY_CONV2D;

    private final CaseReader reader = new CaseReader(CaseOperations.standard());

    private String failure(String json) {
        return assertThrows(CaseFormatException.class, () -> reader.parse(json)).getMessage();
    }

    @Test
    void readsEveryField() {
        CaseFile c = reader.parse(GOOD);
        assertEquals("tiny", c.name());
        assertEquals("conv2d", c.op());
        assertEquals(1, c.params().integer("groups"));
        assertArrayEquals(new float[] {1, 2, 3, 4}, c.inputs().require("x").data());
        assertArrayEquals(new int[] {1, 1, 1, 1}, c.inputs().require("w").shape());
        assertEquals(List.of("y"), List.copyOf(c.expected().keySet()));
        assertArrayEquals(new float[] {2, 4, 6, 8}, c.expected().get("y").data());
        assertEquals(0.001, c.tolerance());
        assertEquals(OptionalLong.of(4), c.multiplies());
        assertTrue(c.hasExpected());
    }

    @Test
    void optionalFieldsMayBeAbsent() {
        CaseFile c = reader.parse(GOOD.replace("\"multiplies\": 4,", "").replace("\"tolerance\": 0.001,", "")
                .replace("\"expected\": {\"y\": {\"shape\": [1, 2, 2], \"data\": [2, 4, 6, 8]}},", ""));
        assertEquals(CaseFile.DEFAULT_TOLERANCE, c.tolerance());
        assertEquals(OptionalLong.empty(), c.multiplies());
        assertFalse(c.hasExpected());
        assertFalse(c.isChecked());
    }

    @Test
    void numbersAreReadAsFloats() {
        CaseFile c = reader.parse(GOOD.replace("[1, 2, 3, 4]", "[0.1, 1e-3, -2.5E2, 16777217]"));
        assertArrayEquals(new float[] {0.1f, 0.001f, -250f, 16777216f}, c.inputs().require("x").data());
    }

    @Test
    void malformedJsonSaysWhere() {
        String message = failure(GOOD.replace("\"op\": \"conv2d\",", "\"op\": \"conv2d\""));
        assertTrue(message.startsWith("not valid JSON at line 4, column 3: "), message);
    }

    @Test
    void truncatedJsonSaysItEndsEarly() {
        assertEquals("not valid JSON at line 4, column 3: the file ends before the JSON is complete",
                failure(GOOD.substring(0, GOOD.indexOf("\"params\""))));
        assertEquals("not valid JSON at line 4, column 25: the file ends before the JSON is complete",
                failure(GOOD.substring(0, GOOD.indexOf("1, 1], \"pads\""))));
    }

    @Test
    void emptyAndTrailingTextAreRejected() {
        assertEquals("not valid JSON: the file is empty", failure("  \n"));
        assertEquals("not valid JSON at line 14, column 1: more text follows the end of the case", failure(GOOD + "{}"));
    }

    @Test
    void repeatedFieldsAreRejected() {
        assertTrue(failure(GOOD.replace("\"name\": \"tiny\",", "\"name\": \"tiny\", \"name\": \"again\","))
                .contains("Duplicate field 'name'"));
    }

    @Test
    void aCaseIsAnObject() {
        assertEquals("a case must be a JSON object {...} (got a list)", failure("[1, 2]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "op", "params", "inputs"})
    void requiredFieldsAreNamed(String field) {
        String json = GOOD.replaceFirst("\"" + field + "\":", "\"renamed\":");
        assertEquals("missing field \"" + field + "\"", failure(json));
    }

    @Test
    void fieldsOfTheWrongKindAreNamed() {
        assertEquals("field \"op\" must be a non-empty string (got 3)", failure(GOOD.replace("\"conv2d\"", "3")));
        assertEquals("field \"inputs\" must be an object {...} (got a list)",
                failure(GOOD.replace("\"inputs\": {", "\"inputs\": [], \"unused\": {")));
        assertEquals("field \"tolerance\" must be a number of at least 0 (got -1)",
                failure(GOOD.replace("0.001", "-1")));
        assertEquals("field \"multiplies\" must be a whole number of at least 0 (got 4.5)",
                failure(GOOD.replace("\"multiplies\": 4", "\"multiplies\": 4.5")));
    }

    @Test
    void unknownOpListsTheKnownOnes() {
        String message = failure(GOOD.replace("\"conv2d\"", "\"conv9d\""));
        assertTrue(message.startsWith("unknown op \"conv9d\"; known ops: avg_pool2d, channel_shuffle, conv2d, "),
                message);
        assertTrue(message.endsWith(", upsample"), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"shape\": [1, 2, 2], \"data\"|\"data\"|tensor \"x\" has no shape",
            "\"data\": [1, 2, 3, 4]|\"values\": [1, 2, 3, 4]|tensor \"x\" has no data",
            "[1, 2, 3, 4]|[1, \"2\", 3, 4]|tensor \"x\": data[1] is not a number (got \"2\")",
            "[1, 2, 3, 4]|[1, 2, 3, 1e39]|tensor \"x\": data[3] = 1.0E39 is too large for a float",
            "[1, 2, 3, 4]|7|tensor \"x\": data must be a list of numbers (got 7)",
            "\"shape\": [1, 2, 2], \"data\": [1|\"shape\": [1, -2, 2], \"data\": [1"
                    + "|tensor \"x\": shape [1, -2, 2] has a negative dimension",
            "\"shape\": [1, 2, 2], \"data\": [1|\"shape\": [1, 2.5, 2], \"data\": [1"
                    + "|tensor \"x\": shape must be a list of whole numbers (got [1,2.5,2])",
            "[1, 2, 3, 4]|[1, 2, 3]|tensor \"x\": shape [1, 2, 2] needs 4 values (got 3)",
            "[2, 4, 6, 8]|[2, 4, 6]|expected tensor \"y\": shape [1, 2, 2] needs 4 values (got 3)",
    })
    void malformedTensorsAreExplained(String part, String replacement, String message) {
        assertEquals(message, failure(GOOD.replace(part, replacement)));
    }

    @Test
    void theExampleOfTheFormat() {
        String json = GOOD.replace("\"shape\": [1, 2, 2], \"data\": [1, 2, 3, 4]",
                "\"shape\": [1, 4, 4], \"data\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]");
        assertEquals("tensor \"x\": shape [1, 4, 4] needs 16 values (got 15)", failure(json));
    }
}
