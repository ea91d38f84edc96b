package org.convatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers above the engine depend downwards only, and view models know no scene-graph node. */
@AnalyzeClasses(packages = "org.convatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchRule lessonsKnowNoNodes = noClasses()
            .that().resideInAPackage("org.convatlas.lesson..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx.scene", "javafx.scene.control..", "javafx.scene.layout..", "javafx.stage..",
                    "javafx.application..", "org.convatlas.ui..")
            .because("a lesson is data and a view model; the window builds its views (docs/design.md, example 5)");

    @ArchTest
    static final ArchRule renderingKnowsNoLessonsOrWindow = noClasses()
            .that().resideInAPackage("org.convatlas.render..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.convatlas.lesson..", "org.convatlas.ui..", "javafx.scene.control..", "javafx.stage..")
            .because("the renderer draws figures for the screen and for exports alike");

    @ArchTest
    static final ArchRule textsKnowNoWindow = noClasses()
            .that().resideInAPackage("org.convatlas.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.convatlas.ui..", "org.convatlas.lesson..", "javafx.scene..", "javafx.stage..")
            .because("view models and exports use the texts too");

    @ArchTest
    static final ArchRule exportsKnowNoWindow = noClasses()
            .that().resideInAPackage("org.convatlas.export..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.convatlas.ui..", "org.convatlas.cli..", "javafx.scene.control..", "javafx.stage..")
            .because("the window and the command line both export through it");
}
