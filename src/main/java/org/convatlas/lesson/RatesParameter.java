package org.convatlas.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.convatlas.compute.HybridDilationRules;
import org.convatlas.compute.InvalidArgumentException;
import org.convatlas.i18n.Message;

/**
 * The dilation rates of a stack, typed as whole numbers separated by commas ({@code 1, 2, 5}), at most
 * {@code maxCount} of them and none above {@code maxRate} (so that the receptive field, {@code 1 + (K - 1)·Σ r},
 * stays small enough to draw cell by cell). On the command line {@code 1,2,5}.
 *
 * @param defaultValue the rates a fresh lesson starts with
 */
public record RatesParameter(String id, String labelKey, int maxCount, int maxRate, DilationRates defaultValue)
        implements Parameter<DilationRates> {

    /** Bundle key prefix of what {@link #read} says about bad text. */
    private static final String PROBLEMS = "parameter.rates.";

    public RatesParameter {
        ParameterNames.require(id, labelKey);
        if (maxCount < 1 || maxRate < 1 || !fits(defaultValue, maxCount, maxRate)) {
            throw new IllegalArgumentException("parameter " + id + ": the default rates " + defaultValue
                    + " are not 1 to " + maxCount + " rates between 1 and " + maxRate);
        }
    }

    @Override
    public boolean accepts(Object value) {
        return value instanceof DilationRates rates && fits(rates, maxCount, maxRate);
    }

    @Override
    public Optional<DilationRates> read(String text, DilationRates current) {
        return Optional.ofNullable(read(text).rates());
    }

    @Override
    public String format(DilationRates value) {
        return value.text().replace(" ", "");
    }

    @Override
    public String syntax() {
        return "dilation rates separated by commas, e.g. 1,2,5 (at most " + maxCount + " rates, each up to " + maxRate
                + ")";
    }

    @Override
    public String shown(DilationRates value, Function<Message, String> texts) {
        return value.text();
    }

    @Override
    public <R> R editor(Editors<R> editors) {
        return editors.rates(this);
    }

    private static boolean fits(DilationRates rates, int maxCount, int maxRate) {
        return rates.count() <= maxCount && rates.values().stream().allMatch(r -> r >= 1 && r <= maxRate);
    }

    /**
     * Reads typed rates: whole numbers separated by commas, spaces around them ignored. Text that is empty, has an
     * empty place between commas, something that is not a whole number, more than {@code maxCount} rates or a rate
     * above {@code maxRate} gives a problem naming it; a rate below 1 gives the engine's refusal.
     */
    public RatesText read(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return RatesText.refused(PROBLEMS + "empty");
        }
        String[] parts = trimmed.split(",", -1);
        if (parts.length > maxCount) {
            return RatesText.refused(PROBLEMS + "tooMany", maxCount, parts.length);
        }
        List<Integer> rates = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                return RatesText.refused(PROBLEMS + "missing", i + 1);
            }
            if (!part.matches("[+-]?\\d{1,9}")) {
                return RatesText.refused(PROBLEMS + "notNumber", part);
            }
            rates.add(Integer.parseInt(part));
        }
        DilationRates read = new DilationRates(rates);
        try {
            HybridDilationRules.maxGaps(read.toArray());
        } catch (InvalidArgumentException e) {
            return RatesText.refused(PROBLEMS + "refused", e.getMessage());
        }
        for (int i = 0; i < rates.size(); i++) {
            if (rates.get(i) > maxRate) {
                return RatesText.refused(PROBLEMS + "tooLarge", i + 1, rates.get(i), maxRate);
            }
        }
        return RatesText.of(read);
    }
}
