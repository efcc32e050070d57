package dev.facebeauty.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package picture the README draws, held by test: every layer uses only the layers below it, JavaFX stays in
 * {@code ui}, the window never speaks HTTP itself, and no two packages depend on each other. No frozen exceptions.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.facebeauty");
    }

    @Test
    void everyLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Main").definedBy("dev.facebeauty")
                .layer("ui").definedBy("dev.facebeauty.ui..")
                .layer("cli").definedBy("dev.facebeauty.cli..")
                .layer("app").definedBy("dev.facebeauty.app..")
                .layer("jobs").definedBy("dev.facebeauty.jobs..")
                .layer("serve").definedBy("dev.facebeauty.serve..")
                .layer("engine").definedBy("dev.facebeauty.engine..")
                .layer("retouch").definedBy("dev.facebeauty.retouch..")
                .layer("face").definedBy("dev.facebeauty.face..")
                .layer("api").definedBy("dev.facebeauty.api..")
                .layer("imaging").definedBy("dev.facebeauty.imaging..")
                .layer("settings").definedBy("dev.facebeauty.settings..")
                .layer("io").definedBy("dev.facebeauty.io..")
                .layer("model").definedBy("dev.facebeauty.model..")
                .layer("text").definedBy("dev.facebeauty.text..")
                .whereLayer("Main").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("app").mayOnlyBeAccessedByLayers("Main", "ui", "cli")
                .whereLayer("jobs").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("serve").mayOnlyBeAccessedByLayers("cli", "app")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("ui", "cli", "app", "jobs", "serve")
                .whereLayer("retouch").mayOnlyBeAccessedByLayers("engine")
                .whereLayer("face").mayOnlyBeAccessedByLayers("ui", "app", "jobs", "serve", "engine", "retouch")
                .whereLayer("api").mayOnlyBeAccessedByLayers("ui", "cli", "app", "jobs", "serve", "engine")
                .whereLayer("settings").mayOnlyBeAccessedByLayers("Main", "ui", "cli", "app")
                .whereLayer("imaging").mayOnlyBeAccessedByLayers("ui", "cli", "app", "jobs", "serve", "engine", "retouch", "face")
                .whereLayer("io").mayOnlyBeAccessedByLayers("ui", "cli", "app", "jobs", "serve", "settings", "api", "face")
                .check(classes);
    }

    @Test
    void theCatalogueOfSentencesUsesNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.facebeauty.text..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.facebeauty.text..", "java..")
                .check(classes);
    }

    @Test
    void onlyTheWindowTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.facebeauty.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void theWindowDecodesAndEncodesNothingItself() {
        noClasses().that().resideInAPackage("dev.facebeauty.ui..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("ImageDecoder")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("ImageEncoder")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("ImageBlend")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("UploadPreparer")
                .check(classes);
    }

    @Test
    void theWindowNeverSpeaksHttpItself() {
        noClasses().that().resideInAPackage("dev.facebeauty.ui..")
                .should().dependOnClassesThat().resideInAPackage("java.net.http..")
                .check(classes);
    }

    @Test
    void eachToolWindowStandsApartFromTheMainWindow() {
        noClasses().that().resideInAnyPackage("dev.facebeauty.ui.common..", "dev.facebeauty.ui.batch..",
                        "dev.facebeauty.ui.history..", "dev.facebeauty.ui.variants..", "dev.facebeauty.ui.settings..")
                .should().dependOnClassesThat().resideInAPackage("dev.facebeauty.ui")
                .check(classes);
        noClasses().that().resideInAPackage("dev.facebeauty.ui.common..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.facebeauty.ui.batch..", "dev.facebeauty.ui.history..",
                        "dev.facebeauty.ui.variants..", "dev.facebeauty.ui.settings..")
                .check(classes);
        slices().matching("dev.facebeauty.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("dev.facebeauty.(*)..").should().beFreeOfCycles().check(classes);
    }
}
