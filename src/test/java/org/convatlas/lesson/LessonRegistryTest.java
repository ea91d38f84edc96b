package org.convatlas.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.convatlas.i18n.BundleFiles;
import org.junit.jupiter.api.Test;

class LessonRegistryTest {

    @Test
    void chaptersComeInChapterOrderAndOnlyWhenTheyHaveLessons() {
        Lesson a = new FixtureLesson("a", Chapter.UPSAMPLING);
        Lesson b = new FixtureLesson("b", Chapter.BASICS);
        Lesson c = new FixtureLesson("c", Chapter.UPSAMPLING);
        LessonRegistry registry = new LessonRegistry(List.of(a, b, c));
        assertEquals(List.of(Chapter.BASICS, Chapter.UPSAMPLING), List.copyOf(registry.byChapter().keySet()));
        assertEquals(List.of(a, c), registry.byChapter().get(Chapter.UPSAMPLING));
        assertEquals(c, registry.find("c").orElseThrow());
        assertTrue(registry.find("d").isEmpty());
    }

    @Test
    void lessonIdsAreUnique() {
        assertThrows(IllegalArgumentException.class, () -> new LessonRegistry(List.of(
                new FixtureLesson("a", Chapter.BASICS), new FixtureLesson("a", Chapter.ADAPTIVE))));
    }

    @Test
    void bundleKeysNameEveryStringALessonShows() {
        Set<String> keys = new LessonRegistry(List.of(new FixtureLesson("a", Chapter.BASICS))).bundleKeys();
        assertEquals(Set.of("chapter.basics", "stage.empty", "inspector.parameters", "role.padding", "role.kernel",
                "menu.view.theme.light", "menu.view.theme.dark", "role.output"), keys);
    }

    @Test
    void everyBuiltInLessonHasItsStringsInBothLanguages() {
        Set<String> missing = new TreeSet<>();
        for (String bundle : List.of(BundleFiles.ENGLISH, BundleFiles.CHINESE)) {
            Properties entries = BundleFiles.read(bundle);
            LessonRegistry.builtIn().bundleKeys().stream().filter(k -> !entries.containsKey(k))
                    .forEach(k -> missing.add(bundle + ": " + k));
        }
        assertTrue(missing.isEmpty(), "missing keys:\n" + String.join("\n", missing));
    }
}
