package org.convatlas.cases;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.convatlas.compute.OpCount;
import org.convatlas.compute.Tensor;

/**
 * One JSON object per evaluated case, on one line (the {@code eval} command's output):
 * <pre>
 * {"name":…, "outputs":{"y":{"shape":[…],"data":[…]}, …}, "multiplies":N, "parameters":N, "pass":true, "max_abs_error":e}
 * </pre>
 * without spaces. {@code multiplies} and {@code parameters} appear when the operation counts them (analysis
 * operations do not); {@code pass} when the case has something to check; {@code max_abs_error} when it has
 * expected tensors (the error rounded to a float). Numbers are written as {@link CompactNumbers} does; a value
 * that is not finite as the string {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"}.
 */
public final class CaseJsonLines {

    private static final JsonFactory JSON = new JsonFactory();

    private CaseJsonLines() {
    }

    /** The line of one outcome, without the line break. */
    public static String line(CaseOutcome outcome) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            write(outcome, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static void write(CaseOutcome outcome, JsonGenerator json) throws IOException {
        CaseFile caseFile = outcome.caseFile();
        json.writeStartObject();
        json.writeStringField("name", caseFile.name());
        json.writeObjectFieldStart("outputs");
        for (Map.Entry<String, Tensor> output : outcome.result().outputs().entrySet()) {
            json.writeFieldName(output.getKey());
            writeTensor(output.getValue(), json);
        }
        json.writeEndObject();
        OpCount count = outcome.result().count();
        if (count != null) {
            json.writeNumberField("multiplies", count.multiplies());
            json.writeNumberField("parameters", count.parameters());
        }
        if (caseFile.isChecked()) {
            json.writeBooleanField("pass", outcome.passed());
        }
        if (caseFile.hasExpected()) {
            json.writeFieldName("max_abs_error");
            writeNumber((float) outcome.maxAbsError(), json);
        }
        json.writeEndObject();
    }

    private static void writeTensor(Tensor tensor, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeFieldName("shape");
        int[] shape = tensor.shape();
        json.writeArray(shape, 0, shape.length);
        json.writeArrayFieldStart("data");
        for (float value : tensor.data()) {
            writeNumber(value, json);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeNumber(float value, JsonGenerator json) throws IOException {
        if (Float.isFinite(value)) {
            json.writeNumber(CompactNumbers.format(value));
        } else {
            json.writeString(Float.toString(value));
        }
    }
}
