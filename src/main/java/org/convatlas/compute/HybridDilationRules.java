package org.convatlas.compute;

import java.util.Arrays;
import java.util.List;

/**
 * The design rules of hybrid dilated convolution (HDC; Wang et al. 2018, "Understanding Convolution for Semantic
 * Segmentation") for a stack of {@code K x K} layers with dilation rates {@code r_1, ..., r_n} (layer 1 reads the
 * input), each checked and explained in plain words:
 * <ol>
 *   <li>{@link Rule#NO_COMMON_FACTOR}: the rates share no common factor above 1. With a common factor {@code f},
 *       every path moves in steps of {@code f}, so only every {@code f}-th row and column of the input is ever
 *       seen ({@code [2, 4, 8]} fails: common factor 2).</li>
 *   <li>{@link Rule#SAW_TOOTH}: the rates form a saw-tooth: a group of at least two rates, each larger than the one
 *       before, written one or more times in a row, e.g. {@code [1, 2, 5]} or {@code [1, 2, 5, 1, 2, 5]}. The group
 *       is the longest rising start of the list; every later rate must repeat it, and the list must end with a
 *       whole group.</li>
 *   <li>{@link Rule#MAX_GAP_WITHIN_KERNEL}: {@code M_2 <= K}, where {@code M_i} is the largest distance between two
 *       non-zero taps of layers {@code i..n} combined: {@code M_n = r_n},
 *       {@code M_i = max(M_(i+1) - 2 r_i, M_(i+1) - 2 (M_(i+1) - r_i), r_i)}. Then the first layer's kernel spans
 *       every gap the later layers leave. It needs at least two rates.</li>
 * </ol>
 */
public final class HybridDilationRules {

    /** The three HDC rules. */
    public enum Rule {
        NO_COMMON_FACTOR, SAW_TOOTH, MAX_GAP_WITHIN_KERNEL
    }

    /** Whether {@code rule} is met, with the reason in plain words. */
    public record Verdict(Rule rule, boolean met, String reason) {
    }

    private HybridDilationRules() {
    }

    /**
     * The verdicts of the three rules, in order, for {@code rates} and kernel size {@code kernel}.
     *
     * @throws InvalidArgumentException if there are no rates, a rate is below 1, or the kernel is below 1
     */
    public static List<Verdict> check(int[] rates, int kernel) {
        checkRates(rates);
        Checks.atLeast("kernel", kernel, 1);
        return List.of(commonFactorVerdict(rates), sawTooth(rates), maxGap(rates, kernel));
    }

    /**
     * The greatest common factor of the rates, {@code gcd(r_1, ..., r_n)}: 1 when rule
     * {@link Rule#NO_COMMON_FACTOR} is met, otherwise the step of every path.
     *
     * @throws InvalidArgumentException if there are no rates or a rate is below 1
     */
    public static int commonFactor(int[] rates) {
        checkRates(rates);
        int factor = 0;
        for (int rate : rates) {
            factor = gcd(factor, rate);
        }
        return factor;
    }

    /**
     * {@code M_1, ..., M_n} (at index {@code i - 1}): the largest distance between two non-zero taps of layers
     * {@code i..n} combined, by the recurrence in the class comment.
     */
    public static int[] maxGaps(int[] rates) {
        checkRates(rates);
        int n = rates.length;
        int[] m = new int[n];
        m[n - 1] = rates[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            int next = m[i + 1];
            m[i] = Math.max(Math.max(next - 2 * rates[i], next - 2 * (next - rates[i])), rates[i]);
        }
        return m;
    }

    private static void checkRates(int[] rates) {
        if (rates == null || rates.length == 0) {
            throw new InvalidArgumentException("dilation rates must hold at least one rate (got none)");
        }
        for (int rate : rates) {
            Checks.atLeast("dilation rate", rate, 1);
        }
    }

    private static Verdict commonFactorVerdict(int[] rates) {
        int factor = commonFactor(rates);
        if (factor == 1) {
            return new Verdict(Rule.NO_COMMON_FACTOR, true, "the rates " + Arrays.toString(rates)
                    + " share no common factor above 1, so the stack can reach every input cell");
        }
        return new Verdict(Rule.NO_COMMON_FACTOR, false, "the rates " + Arrays.toString(rates)
                + " share the common factor " + factor + ", so every path moves in steps of " + factor
                + " and sees only one row and one column in " + factor + " of the input");
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static Verdict sawTooth(int[] rates) {
        int group = 1;
        while (group < rates.length && rates[group] > rates[group - 1]) {
            group++;
        }
        int[] tooth = Arrays.copyOf(rates, group);
        if (group < 2) {
            return new Verdict(Rule.SAW_TOOTH, false, rates.length < 2
                    ? "a single rate cannot rise; a saw-tooth needs a group of at least two rising rates"
                    : "the rates do not rise at the start: " + rates[1] + " follows " + rates[0]);
        }
        for (int n = group; n < rates.length; n++) {
            if (rates[n] != tooth[n % group]) {
                return new Verdict(Rule.SAW_TOOTH, false, "rate " + (n + 1) + " is " + rates[n]
                        + " but the rising group " + Arrays.toString(tooth) + " repeats with " + tooth[n % group]
                        + " there");
            }
        }
        if (rates.length % group != 0) {
            return new Verdict(Rule.SAW_TOOTH, false, "the rates end in the middle of the rising group "
                    + Arrays.toString(tooth));
        }
        int repeats = rates.length / group;
        return new Verdict(Rule.SAW_TOOTH, true, "the rates rise within the group " + Arrays.toString(tooth)
                + (repeats == 1 ? "" : ", which repeats " + repeats + " times"));
    }

    private static Verdict maxGap(int[] rates, int kernel) {
        if (rates.length < 2) {
            return new Verdict(Rule.MAX_GAP_WITHIN_KERNEL, false, "the rule compares the gap M_2 left by layers 2 "
                    + "and up with the kernel; it needs at least two rates");
        }
        int m2 = maxGaps(rates)[1];
        boolean met = m2 <= kernel;
        return new Verdict(Rule.MAX_GAP_WITHIN_KERNEL, met, "layers 2 and up leave gaps of up to M_2 = " + m2
                + (met ? " cells, no more than" : " cells, more than") + " the kernel size " + kernel);
    }
}
