package org.convatlas.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.convatlas.compute.Tensor;
import org.convatlas.lesson.Frame;
import org.convatlas.lesson.Parameter;

/**
 * The frames of an export as one UTF-8 JSON document, for screen readers, handouts and scripted checks: the same
 * texts as the annotated pictures ({@link ExportTexts}) and the lesson's result as numbers.
 * <pre>
 * {"lesson": "transposed-convolution", "title": "Transposed convolution", "preset": "stride2", "language": "en",
 *  "parameters": {"stride": "2", ...},         every parameter, as --set takes it back
 *  "stepCount": 25,
 *  "output": {"shape": [1, 5, 5], "data": [...]},   the lesson's result, where it has one
 *  "frames": [{"step": 1, "title": "...", "parameterLine": "...", "counts": ["...", ...], "formula": "...",
 *              "captions": ["Input 2×2", ...], "legend": ["Input", ...]}, ...]}
 * </pre>
 * Steps count from 1, as the transport shows them; a number that is not finite is written as {@code null}.
 * Written under a temporary name and moved into place when complete.
 */
final class FramesDocument implements FrameSink {

    private static final JsonFactory JSON = new JsonFactory();

    private final ExportTexts texts;
    private final StagedFile file;
    private final JsonGenerator json;
    private boolean finished;

    /** Opens the document and writes what comes before the frames. */
    FramesDocument(ExportSubject subject, ExportTexts texts, Path target) throws IOException {
        this.texts = texts;
        this.file = new StagedFile(target);
        try {
            json = JSON.createGenerator(file.temporary().toFile(), JsonEncoding.UTF8);
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            writeHead(subject);
        } catch (IOException | RuntimeException e) {
            file.discard();
            throw e;
        }
    }

    private void writeHead(ExportSubject subject) throws IOException {
        json.writeStartObject();
        json.writeStringField("lesson", subject.lesson().id());
        json.writeStringField("title", texts.title());
        json.writeStringField("preset", subject.preset().orElse(null));
        json.writeStringField("language", texts.language().toLanguageTag());
        json.writeObjectFieldStart("parameters");
        for (Parameter<?> parameter : subject.lesson().parameters()) {
            json.writeStringField(parameter.id(), subject.values().format(parameter));
        }
        json.writeEndObject();
        json.writeNumberField("stepCount", subject.playback().stepCount());
        Optional<Tensor> output = subject.playback().output();
        if (output.isPresent()) {
            json.writeObjectFieldStart("output");
            json.writeArrayFieldStart("shape");
            for (int dimension : output.get().shape()) {
                json.writeNumber(dimension);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("data");
            for (float value : output.get().data()) {
                if (Float.isFinite(value)) {
                    json.writeNumber(value);
                } else {
                    json.writeNull();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeArrayFieldStart("frames");
    }

    @Override
    public void add(long step, Frame frame) throws IOException {
        ExportTexts.FrameTexts said = texts.of(frame);
        json.writeStartObject();
        json.writeNumberField("step", step + 1);
        json.writeStringField("title", texts.title());
        json.writeStringField("parameterLine", texts.parameterLine());
        writeStrings("counts", said.counts());
        json.writeStringField("formula", said.formula());
        writeStrings("captions", said.captions());
        writeStrings("legend", said.legend());
        json.writeEndObject();
    }

    private void writeStrings(String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        file.commit();
        finished = true;
    }

    @Override
    public void close() {
        if (!finished) {
            try {
                json.close();
            } catch (IOException e) {
                // the document is discarded anyway
            }
            file.discard();
        }
    }
}
