package org.convatlas.compute;

import static org.convatlas.compute.InvalidArgumentAssertions.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convatlas.compute.HybridDilationRules.Rule;
import org.convatlas.compute.HybridDilationRules.Verdict;
import org.junit.jupiter.api.Test;

class HybridDilationRulesTest {

    private static Verdict verdict(Rule rule, int kernel, int... rates) {
        return HybridDilationRules.check(rates, kernel).get(rule.ordinal());
    }

    @Test
    void rates125MeetEveryRule() {
        List<Verdict> verdicts = HybridDilationRules.check(new int[] {1, 2, 5}, 3);
        assertEquals(List.of(Rule.NO_COMMON_FACTOR, Rule.SAW_TOOTH, Rule.MAX_GAP_WITHIN_KERNEL),
                verdicts.stream().map(Verdict::rule).toList());
        assertTrue(verdicts.stream().allMatch(Verdict::met), verdicts.toString());
        assertEquals("layers 2 and up leave gaps of up to M_2 = 2 cells, no more than the kernel size 3",
                verdicts.get(2).reason());
        assertArrayEquals(new int[] {1, 2, 5}, HybridDilationRules.maxGaps(new int[] {1, 2, 5}));
    }

    @Test
    void rates248ShareTheFactorTwo() {
        Verdict verdict = verdict(Rule.NO_COMMON_FACTOR, 3, 2, 4, 8);
        assertFalse(verdict.met());
        assertTrue(verdict.reason().contains("common factor 2"), verdict.reason());
    }

    @Test
    void theCommonFactorIsTheGreatestOneOfAllRates() {
        assertEquals(2, HybridDilationRules.commonFactor(new int[] {2, 4, 8}));
        assertEquals(3, HybridDilationRules.commonFactor(new int[] {6, 9}));
        assertEquals(1, HybridDilationRules.commonFactor(new int[] {1, 2, 5}));
        assertMessage("dilation rate must be at least 1 (got 0)",
                () -> HybridDilationRules.commonFactor(new int[] {2, 0}));
    }

    @Test
    void rates222FailTheCommonFactorAndSawToothRules() {
        assertFalse(verdict(Rule.NO_COMMON_FACTOR, 3, 2, 2, 2).met());
        Verdict sawTooth = verdict(Rule.SAW_TOOTH, 3, 2, 2, 2);
        assertFalse(sawTooth.met());
        assertEquals("the rates do not rise at the start: 2 follows 2", sawTooth.reason());
        // M_3 = 2, M_2 = max(2 - 4, 2 - 0, 2) = 2: the gap rule alone does not see the common factor
        assertArrayEquals(new int[] {2, 2, 2}, HybridDilationRules.maxGaps(new int[] {2, 2, 2}));
    }

    @Test
    void rates129LeaveTooWideAGapForAThreeByThreeKernel() {
        // M_3 = 9, M_2 = max(9 - 4, 9 - 14, 2) = 5 > 3
        Verdict verdict = verdict(Rule.MAX_GAP_WITHIN_KERNEL, 3, 1, 2, 9);
        assertFalse(verdict.met());
        assertEquals("layers 2 and up leave gaps of up to M_2 = 5 cells, more than the kernel size 3",
                verdict.reason());
        assertTrue(verdict(Rule.MAX_GAP_WITHIN_KERNEL, 5, 1, 2, 9).met());
    }

    @Test
    void sawToothRepeatsWholeRisingGroups() {
        Verdict twice = verdict(Rule.SAW_TOOTH, 3, 1, 2, 5, 1, 2, 5);
        assertTrue(twice.met());
        assertEquals("the rates rise within the group [1, 2, 5], which repeats 2 times", twice.reason());
        assertEquals("rate 5 is 3 but the rising group [1, 2, 5] repeats with 2 there",
                verdict(Rule.SAW_TOOTH, 3, 1, 2, 5, 1, 3, 5).reason());
        assertEquals("the rates end in the middle of the rising group [1, 2, 5]",
                verdict(Rule.SAW_TOOTH, 3, 1, 2, 5, 1, 2).reason());
        assertFalse(verdict(Rule.SAW_TOOTH, 3, 4).met());
    }

    @Test
    void theGapRuleNeedsTwoRates() {
        assertFalse(verdict(Rule.MAX_GAP_WITHIN_KERNEL, 3, 1).met());
        assertTrue(verdict(Rule.NO_COMMON_FACTOR, 3, 1).met());
    }

    @Test
    void rejectsBadArguments() {
        assertMessage("dilation rate must be at least 1 (got 0)", () -> HybridDilationRules.check(new int[] {1, 0}, 3));
        assertMessage("dilation rates must hold at least one rate (got none)",
                () -> HybridDilationRules.check(new int[0], 3));
        assertMessage("kernel must be at least 1 (got 0)", () -> HybridDilationRules.check(new int[] {1, 2}, 0));
    }
}
