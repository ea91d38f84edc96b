package org.convatlas.lesson.gridding;

import java.util.List;
import org.convatlas.compute.HybridDilationRules;
import org.convatlas.compute.HybridDilationRules.Rule;
import org.convatlas.compute.HybridDilationRules.Verdict;
import org.convatlas.i18n.Message;
import org.convatlas.lesson.DilationRates;

/**
 * The counts card's line for each HDC rule: whether the engine finds it met, and why, with the engine's numbers (the
 * rates' common factor, the gap {@code M_2} the later layers leave).
 */
final class RuleLines {

    /** Bundle key prefix of the lines: {@code <prefix><rule>.met}, {@code .unmet}, and {@code maxGap.tooFew}. */
    private static final String KEYS = "lesson." + GriddingLesson.ID + ".rule.";

    private RuleLines() {
    }

    /** The verdicts of the three rules on {@code rates} with {@code kernel × kernel} kernels, in the rules' order. */
    static List<Message> of(DilationRates rates, int kernel) {
        int[] r = rates.toArray();
        return HybridDilationRules.check(r, kernel).stream().map(verdict -> line(verdict, r, kernel)).toList();
    }

    private static Message line(Verdict verdict, int[] rates, int kernel) {
        return switch (verdict.rule()) {
            case NO_COMMON_FACTOR -> Message.of(key(verdict), HybridDilationRules.commonFactor(rates));
            case SAW_TOOTH -> Message.of(key(verdict));
            case MAX_GAP_WITHIN_KERNEL -> rates.length < 2 ? Message.of(KEYS + "maxGap.tooFew")
                    : Message.of(key(verdict), HybridDilationRules.maxGaps(rates)[1], kernel);
        };
    }

    /** {@code <prefix><rule>.met} or {@code .unmet}. */
    static String key(Verdict verdict) {
        return KEYS + name(verdict.rule()) + (verdict.met() ? ".met" : ".unmet");
    }

    private static String name(Rule rule) {
        return switch (rule) {
            case NO_COMMON_FACTOR -> "commonFactor";
            case SAW_TOOTH -> "sawTooth";
            case MAX_GAP_WITHIN_KERNEL -> "maxGap";
        };
    }
}
