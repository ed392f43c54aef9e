package org.safeguarding.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

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

    /**
     * Bottom to top. A package may use those before it in this list, never one after it; features on one floor (notes,
     * onward, screening…) are still put in an order, so a new dependency between them is a decision someone makes here.
     */
    static final List<String> FLOORS = List.of("core", "audit", "security", "area", "staff", "cases", "contact", "access",
            "messages", "notes", "onward", "screening", "requests", "intake", "charter", "reporting", "board", "casefile", "web");

    @Test
    void everyPackageHasAFloor() {
        Set<String> packages = portal.stream().map(c -> c.getPackageName().substring(BASE.length() + 1))
                .map(name -> name.contains(".") ? name.substring(0, name.indexOf('.')) : name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(FLOORS), packages, "a new feature package needs its place in FLOORS");
    }

    @Test
    void featuresDependOnlyDownwards() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String floor : FLOORS) {
            layers = layers.layer(floor).definedBy(BASE + "." + floor + "..");
        }
        for (int i = 0; i < FLOORS.size() - 1; i++) {
            layers = layers.whereLayer(FLOORS.get(i))
                    .mayOnlyBeAccessedByLayers(FLOORS.subList(i + 1, FLOORS.size()).toArray(String[]::new));
        }
        layers.whereLayer("web").mayNotBeAccessedByAnyLayer().check(portal);
    }

    @Test
    void aFeaturesRepositoryIsItsOwn() {
        // Other features reach a feature's rows through its service, which keeps the rules (and the audit).
        classes().that().haveSimpleNameEndingWith("Repository").should(beAccessedOnlyFromTheirOwnFeature())
                .check(portal);
    }

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnFeature() {
        return new ArchCondition<>("be used only inside their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = featureOf(repository);
                repository.getDirectDependenciesToSelf().stream()
                        .filter(use -> !featureOf(use.getOriginClass()).equals(feature))
                        .forEach(use -> events.add(SimpleConditionEvent.violated(use, use.getDescription())));
            }
        };
    }

    private static String featureOf(JavaClass type) {
        String name = type.getPackageName().substring(BASE.length() + 1);
        return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    }
}
