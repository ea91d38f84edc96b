package org.convatlas.cases;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.convatlas.compute.Tensor;

/**
 * Reads case files (docs/case-format.md) into {@link CaseFile}s. Every problem with the content is a
 * {@link CaseFormatException} whose message says what is wrong in plain words, e.g.
 * {@code not valid JSON at line 3, column 5: ...}, {@code missing field "op"}, or
 * {@code tensor "x": shape [1, 4, 4] needs 16 values (got 15)}.
 */
public final class CaseReader {

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());
    private final CaseOperations operations;

    /** A reader that accepts the ops {@code operations} knows. */
    public CaseReader(CaseOperations operations) {
        this.operations = operations;
    }

    /**
     * Reads and checks one case file.
     *
     * @throws IOException          when the file cannot be read
     * @throws CaseFormatException when its content is not a valid case
     */
    public CaseFile read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    /** Checks one case given as JSON text. @throws CaseFormatException when it is not a valid case */
    public CaseFile parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Checks one case given as UTF-8 JSON. @throws CaseFormatException when it is not a valid case */
    public CaseFile parse(byte[] json) {
        JsonNode root = tree(json);
        if (!root.isObject()) {
            throw new CaseFormatException("a case must be a JSON object {...} (got " + JsonKinds.describe(root) + ")");
        }
        String name = text(root, "name");
        String op = text(root, "op");
        operations.require(op);
        CaseParams params = new CaseParams(object(root, "params"));
        CaseInputs inputs = new CaseInputs(tensors("tensor", object(root, "inputs")));
        JsonNode expected = root.get("expected");
        return new CaseFile(name, op, params, inputs,
                expected == null ? Map.of() : tensors("expected tensor", object(root, "expected")),
                tolerance(root.get("tolerance")), multiplies(root.get("multiplies")));
    }

    /** The one JSON value of the text; nothing may follow it. */
    private JsonNode tree(byte[] json) {
        try (JsonParser parser = mapper.createParser(json)) {
            JsonNode root = mapper.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new CaseFormatException("not valid JSON: the file is empty");
            }
            if (parser.nextToken() != null) {
                throw new CaseFormatException("not valid JSON " + where(parser.currentTokenLocation())
                        + ": more text follows the end of the case");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new CaseFormatException("not valid JSON " + where(e.getLocation()) + ": " + reason(e));
        } catch (IOException e) {
            throw new CaseFormatException("not valid JSON: " + e.getMessage());
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Jackson's own message without the location it appends; an early end of the text said plainly. */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON is complete";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static JsonNode field(JsonNode root, String name) {
        JsonNode value = root.get(name);
        if (value == null || value.isNull()) {
            throw new CaseFormatException("missing field \"" + name + "\"");
        }
        return value;
    }

    private static String text(JsonNode root, String name) {
        JsonNode value = field(root, name);
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw new CaseFormatException("field \"" + name + "\" must be a non-empty string (got "
                    + JsonKinds.describe(value) + ")");
        }
        return value.textValue();
    }

    private static JsonNode object(JsonNode root, String name) {
        JsonNode value = field(root, name);
        if (!value.isObject()) {
            throw new CaseFormatException("field \"" + name + "\" must be an object {...} (got "
                    + JsonKinds.describe(value) + ")");
        }
        return value;
    }

    /** The named tensors of an object such as {@code inputs}, in file order; {@code kind} prefixes messages. */
    private static Map<String, Tensor> tensors(String kind, JsonNode object) {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            tensors.put(entry.getKey(), TensorReader.read(kind + " \"" + entry.getKey() + "\"", entry.getValue()));
        }
        return tensors;
    }

    private static double tolerance(JsonNode value) {
        if (value == null) {
            return CaseFile.DEFAULT_TOLERANCE;
        }
        if (!value.isNumber() || value.doubleValue() < 0 || Double.isInfinite(value.doubleValue())) {
            throw new CaseFormatException("field \"tolerance\" must be a number of at least 0 (got "
                    + JsonKinds.describe(value) + ")");
        }
        return value.doubleValue();
    }

    private static OptionalLong multiplies(JsonNode value) {
        if (value == null) {
            return OptionalLong.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw new CaseFormatException("field \"multiplies\" must be a whole number of at least 0 (got "
                    + JsonKinds.describe(value) + ")");
        }
        return OptionalLong.of(value.longValue());
    }
}
