package org.convatlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The words of the bundles, one per idea as the table of words in {@code docs/design.md} gives them: a variant the
 * teaching texts also use may be named once, as such, but never used in its place.
 */
class TermsTest {

    private static final Properties CHINESE = BundleFiles.read(BundleFiles.CHINESE);
    private static final Properties ENGLISH = BundleFiles.read(BundleFiles.ENGLISH);

    /** The entries of {@code bundle} whose values contain {@code text}, by key. */
    private static Map<String, String> containing(Properties bundle, String text) {
        Map<String, String> found = new TreeMap<>();
        bundle.forEach((key, value) -> {
            if (((String) value).contains(text)) {
                found.put((String) key, (String) value);
            }
        });
        return found;
    }

    /** 扩张率, the dilation rate of 空洞卷积; 膨胀率 is not used beside it. */
    @Test
    void theDilationRateHasOneWord() {
        assertEquals(Map.of(), containing(CHINESE, "膨胀率"));
        assertTrue(containing(CHINESE, "扩张率").size() > 10, "the rate is named");
    }

    /** The other words the table fixes, against the variants seen in the texts. */
    @Test
    void eachIdeaHasTheTablesWord() {
        Map<String, String> replaced = Map.of("棋盘格伪影", "棋盘效应", "混合扩张卷积", "混合空洞卷积", "步幅", "步长");
        replaced.forEach((variant, word) -> {
            assertEquals(Map.of(), containing(CHINESE, variant), variant + " is written " + word);
            assertTrue(!containing(CHINESE, word).isEmpty(), word);
        });
    }

    /** 反卷积 is named once, in the transposed convolution's explanation, with why it misleads: it is no inverse. */
    @Test
    void deconvolutionIsNamedOnceAsAMisleadingName() {
        Map<String, String> named = containing(CHINESE, "反卷积");
        assertEquals(List.of("lesson.transposed-convolution.explanation"), List.copyOf(named.keySet()));
        String explanation = named.values().iterator().next();
        assertEquals(explanation.indexOf("反卷积"), explanation.lastIndexOf("反卷积"), "once");
        assertTrue(explanation.contains("误导") && explanation.contains("逆运算"), explanation);
        String english = ENGLISH.getProperty("lesson.transposed-convolution.explanation");
        assertTrue(english.contains("deconvolution, a misleading name: it is not the inverse"), english);
    }

    /** Tap and scatter are explained where a lesson first uses them. */
    @Test
    void tapAndScatterAreExplainedWhereFirstUsed() {
        for (String key : List.of("lesson.single-channel-2d.explanation", "lesson.dilated-convolution.explanation")) {
            assertTrue(CHINESE.getProperty(key).contains("抽头（tap："), key);
            assertTrue(ENGLISH.getProperty(key).contains("(a tap is one weight and the input cell it multiplies)"),
                    key);
        }
        assertTrue(CHINESE.getProperty("lesson.transposed-convolution.explanation").contains("散射（scatter，"));
    }

    /** The gridding lesson's cells no path reaches are cells never read, not dilation holes, in either language. */
    @Test
    void cellsAStackNeverReadsAreNoHoles() {
        for (String key : List.of("lesson.gridding.explanation", "lesson.gridding.caption.share")) {
            String english = ENGLISH.getProperty(key);
            assertTrue(!english.contains("holes are hatched") && !english.contains("holes hatched"), english);
            String chinese = CHINESE.getProperty(key);
            assertTrue(!chinese.contains("空洞画成斜线")
                    && (chinese.contains("从不读取的格子") || chinese.contains("从未读取的格子")), chinese);
        }
    }
}
