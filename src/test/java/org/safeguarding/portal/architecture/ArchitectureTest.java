package org.safeguarding.portal.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The direction of the design, held on the compiled classes: intake → cases → charter → reporting, pages on top, a
 * small core underneath. A feature may use a feature below it, never one above, and no two features may need each
 * other. When a lower feature must hear of something above it, it publishes an event or owns an interface that the
 * upper feature implements (see docs/architecture.md).
 */
class ArchitectureTest {

    private static final String BASE = "org.safeguarding.portal";

    private static JavaClasses portal;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void noTwoFeaturesNeedEachOther() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(portal);
    }

    @Test
    void featuresDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("web").definedBy(BASE + ".web..")
                .layer("casefile").definedBy(BASE + ".casefile..")
                .layer("reporting").definedBy(BASE + ".reporting..")
                .layer("charter").definedBy(BASE + ".charter..")
                .layer("intake").definedBy(BASE + ".intake..")
                .layer("requests").definedBy(BASE + ".requests..")
                .layer("screening").definedBy(BASE + ".screening..")
                .layer("onward").definedBy(BASE + ".onward..")
                .layer("notes").definedBy(BASE + ".notes..")
                .layer("messages").definedBy(BASE + ".messages..")
                .layer("access").definedBy(BASE + ".access..")
                .layer("contact").definedBy(BASE + ".contact..")
                .layer("cases").definedBy(BASE + ".cases..")
                .layer("area").definedBy(BASE + ".area..")
                .layer("security").definedBy(BASE + ".security..")
                .layer("audit").definedBy(BASE + ".audit..")
                .layer("core").definedBy(BASE + ".core..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("casefile").mayOnlyBeAccessedByLayers("web")
                .whereLayer("reporting").mayOnlyBeAccessedByLayers("web", "casefile")
                .check(portal);
    }
}
