package org.convatlas.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.i18n.I18n;
import org.convatlas.lesson.BooleanParameter;
import org.convatlas.lesson.ChoiceParameter;
import org.convatlas.lesson.DilationRates;
import org.convatlas.lesson.ImageFileException;
import org.convatlas.lesson.InputImage;
import org.convatlas.lesson.IntParameter;
import org.convatlas.lesson.Kernel;
import org.convatlas.lesson.KernelParameter;
import org.convatlas.lesson.KernelPreset;
import org.convatlas.lesson.LayerStack;
import org.convatlas.lesson.LayerStackParameter;
import org.convatlas.lesson.Lesson;
import org.convatlas.lesson.Parameter;
import org.convatlas.lesson.ParameterValues;
import org.convatlas.lesson.Preset;
import org.convatlas.lesson.RatesParameter;
import org.convatlas.lesson.SampleImage;

/**
 * Lesson parameters and presets as the command line names them, through the descriptors alone, so that every
 * lesson works: a preset, an option, a kernel preset and a sample image by the last part of its bundle key (or
 * enum name), e.g. {@code stride2}, {@code impulse}, {@code sobelX}, {@code camera}. Values:
 * <ul>
 *   <li>whole number: {@code 3}, within the parameter's range;</li>
 *   <li>switch: {@code true} or {@code false};</li>
 *   <li>choice: an option's name;</li>
 *   <li>kernel: {@code RxC:w,w,...} (row after row), or a kernel preset's name at the current kernel's size;</li>
 *   <li>image: a sample image's name, or a picture file.</li>
 * </ul>
 */
final class ParameterAssignments {

    private ParameterAssignments() {
    }

    /**
     * The preset of {@code lesson} named {@code name}.
     *
     * @throws InvalidArgumentException naming the lesson's presets
     */
    static Preset preset(Lesson lesson, String name) {
        return lesson.presets().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidArgumentException("lesson " + lesson.id() + " has no preset " + name
                        + " (its presets: " + lesson.presets().stream().map(Preset::name)
                        .collect(Collectors.joining(", ")) + ")"));
    }

    /**
     * {@code values} with each {@code param=value} of {@code assignments} in place, in order.
     *
     * @throws InvalidArgumentException naming the parameter and the values it takes
     */
    static ParameterValues apply(Lesson lesson, ParameterValues values, List<String> assignments) {
        ParameterValues result = values;
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals < 1) {
                throw new InvalidArgumentException("--set takes param=value (got " + assignment + ")");
            }
            String id = assignment.substring(0, equals).strip();
            String text = assignment.substring(equals + 1).strip();
            Parameter<?> parameter = lesson.parameters().stream().filter(p -> p.id().equals(id)).findFirst()
                    .orElseThrow(() -> new InvalidArgumentException("lesson " + lesson.id() + " has no parameter "
                            + id + " (its parameters: " + lesson.parameters().stream().map(Parameter::id)
                            .collect(Collectors.joining(", ")) + ")"));
            result = with(result, parameter, text);
        }
        return result;
    }

    private static <T> ParameterValues with(ParameterValues values, Parameter<T> parameter, String text) {
        Object value = parse(parameter, text, values);
        if (!parameter.accepts(value)) {
            throw new InvalidArgumentException("parameter " + parameter.id() + " takes " + syntax(parameter)
                    + " (got " + text + ")");
        }
        return values.with(parameter, parameter.checked(value));
    }

    /** What {@code text} stands for as a value of {@code parameter}; null if nothing. */
    private static Object parse(Parameter<?> parameter, String text, ParameterValues values) {
        if (parameter instanceof IntParameter) {
            return integer(text);
        }
        if (parameter instanceof BooleanParameter) {
            return "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : null;
        }
        if (parameter instanceof ChoiceParameter<?> choice) {
            return choice.options().stream().filter(o -> optionName(o).equals(text)).findFirst()
                    .map(ChoiceParameter.Option::value).orElse(null);
        }
        if (parameter instanceof KernelParameter kernel) {
            return kernel(text, values.get(kernel));
        }
        if (parameter instanceof LayerStackParameter) {
            return LayerStack.parse(text);
        }
        if (parameter instanceof RatesParameter rates) {
            return rates.read(text).rates();
        }
        return image(text);
    }

    /** What {@code parameter} takes, in words, for messages and the lesson list. */
    static String syntax(Parameter<?> parameter) {
        if (parameter instanceof IntParameter p) {
            return "a whole number from " + p.min() + " to " + p.max();
        }
        if (parameter instanceof BooleanParameter) {
            return "true or false";
        }
        if (parameter instanceof ChoiceParameter<?> p) {
            return "one of " + p.options().stream().map(ParameterAssignments::optionName)
                    .collect(Collectors.joining(", "));
        }
        if (parameter instanceof KernelParameter p) {
            return "RxC:w,w,... (sides " + p.minSize() + " to " + p.maxSize() + ") or one of "
                    + Arrays.stream(KernelPreset.values()).map(k -> lastPart(k.labelKey()))
                    .collect(Collectors.joining(", "));
        }
        if (parameter instanceof LayerStackParameter p) {
            return "layers KHxKW:stride:dilation:padding separated by commas, e.g. 3x3:1:1:0,3x3:1:2:0 (at most "
                    + p.maxLayers() + " layers, values up to " + p.maxValue() + ")";
        }
        if (parameter instanceof RatesParameter p) {
            return "dilation rates separated by commas, e.g. 1,2,5 (at most " + p.maxCount() + " rates, each up to "
                    + p.maxRate() + ")";
        }
        return "a picture file or one of " + Arrays.stream(SampleImage.values()).map(ParameterAssignments::sampleName)
                .collect(Collectors.joining(", "));
    }

    /** The text of {@code value} of {@code parameter} on the command line. */
    static String valueText(Parameter<?> parameter, Object value) {
        if (parameter instanceof ChoiceParameter<?> p) {
            return p.options().stream().filter(o -> o.value().equals(value)).findFirst()
                    .map(ParameterAssignments::optionName).orElse(String.valueOf(value));
        }
        if (value instanceof Kernel k) {
            return k.rows() + "x" + k.columns();
        }
        if (value instanceof LayerStack stack) {
            return stack.spec();
        }
        if (value instanceof DilationRates rates) {
            return rates.text().replace(" ", "");
        }
        return String.valueOf(value);
    }

    private static String optionName(ChoiceParameter.Option<?> option) {
        return lastPart(option.labelKey());
    }

    private static String sampleName(SampleImage sample) {
        return sample.name().toLowerCase(Locale.ROOT);
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code RxC:w,w,...}, or a kernel preset at the size of {@code current}; null if neither. */
    private static Kernel kernel(String text, Kernel current) {
        for (KernelPreset preset : KernelPreset.values()) {
            if (lastPart(preset.labelKey()).equals(text)) {
                if (!preset.fits(current.rows(), current.columns())) {
                    throw new InvalidArgumentException("kernel " + text + " has no " + current.rows() + "x"
                            + current.columns() + " form");
                }
                return preset.kernel(current.rows(), current.columns());
            }
        }
        String[] sizeAndWeights = text.split(":", 2);
        String[] sides = sizeAndWeights[0].split("x", -1);
        if (sizeAndWeights.length != 2 || sides.length != 2) {
            return null;
        }
        try {
            int rows = Integer.parseInt(sides[0].strip());
            int columns = Integer.parseInt(sides[1].strip());
            String[] items = sizeAndWeights[1].split(",", -1);
            float[] weights = new float[items.length];
            for (int i = 0; i < items.length; i++) {
                weights[i] = Float.parseFloat(items[i].strip());
            }
            return Kernel.of(rows, columns, weights);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A sample image by name, else the picture in the file {@code text}. */
    private static InputImage image(String text) {
        for (SampleImage sample : SampleImage.values()) {
            if (sampleName(sample).equals(text)) {
                return sample.image();
            }
        }
        try {
            return InputImage.read(Path.of(text));
        } catch (ImageFileException e) {
            throw new InvalidArgumentException(I18n.format(Locale.ENGLISH, e.userMessage().key(),
                    e.userMessage().arguments().toArray()));
        }
    }

    private static String lastPart(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
