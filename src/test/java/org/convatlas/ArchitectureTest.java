package org.convatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine stays pure: no user interface, no image library, no file or network I/O. */
@AnalyzeClasses(packages = "org.convatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineUsesNoGuiOrIo = noClasses()
            .that().resideInAPackage("org.convatlas.compute..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.awt..", "javax.imageio..", "javax.swing..", "java.io..", "java.nio.file..",
                    "java.net..", "com.fasterxml.jackson..", "picocli..")
            .because("all numbers come from a pure engine that any view, export or test can call (docs/design.md)");

    @ArchTest
    static final ArchRule engineDependsOnNoOtherLayer = noClasses()
            .that().resideInAPackage("org.convatlas.compute..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.convatlas.cases..", "org.convatlas.lesson..", "org.convatlas.render..",
                    "org.convatlas.ui..", "org.convatlas.export..", "org.convatlas.cli..")
            .because("data flows one way: parameters, compute, trace, frame, renderer");
}
