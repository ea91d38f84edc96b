package org.convatlas.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convatlas.compute.ReceptiveField;
import org.convatlas.compute.Tensor;

/**
 * {@code receptive_field}: {@code layers} of kernel, stride, dilation and padding give {@code size}, {@code jump}
 * and {@code start} (the centre) per layer.
 */
final class ReceptiveFieldCase implements CaseOperation {

    @Override
    public String op() {
        return "receptive_field";
    }

    @Override
    public CaseResult evaluate(CaseParams params, CaseInputs inputs) {
        List<ReceptiveField> fields = ReceptiveField.of(params.list("layers").stream()
                .map(layer -> new ReceptiveField.Layer(layer.integer("kernel"), layer.integer("stride"),
                        layer.integer("dilation"), layer.integer("padding")))
                .toList());
        Map<String, Tensor> outputs = new LinkedHashMap<>();
        outputs.put("size", CaseVectors.of(fields.stream().mapToDouble(ReceptiveField::size).toArray()));
        outputs.put("jump", CaseVectors.of(fields.stream().mapToDouble(ReceptiveField::jump).toArray()));
        outputs.put("start", CaseVectors.of(fields.stream().mapToDouble(ReceptiveField::centre).toArray()));
        return new CaseResult(outputs, null);
    }
}
