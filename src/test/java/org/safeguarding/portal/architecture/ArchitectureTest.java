package org.safeguarding.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
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

    @Test
    void aFeaturesPartsDependOneWay() {
        // A feature's sub-packages (intake/steps, reporting/close…) and the feature itself never need each other.
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(portal);
    }

    /**
     * Bottom to top. A package may use those before it in this list, never one after it; features on one floor (notes,
     * onward, screening…) are still put in an order, so a new dependency between them is a decision someone makes here.
     */
    static final List<String> FLOORS = List.of("core", "security", "audit", "area", "staff", "cases", "actions", "contact", "access",
            "messages", "notes", "onward", "screening", "requests", "acknowledgement", "receipt", "intake", "charter", "reporting", "board", "casefile", "subjectaccess", "retention", "rights", "web");

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

    /**
     * "Now" comes from the one injected {@link Clock} ({@code core.Clocks} produces it; tests move it instead of
     * sleeping). Anything else reading the system's time on its own would not move with it, so only Clocks may.
     * Measuring how long something takes with {@code System.nanoTime()} is not reading the time and stays allowed.
     */
    static ArchRule onlyTheInjectedClockTellsTheTime() {
        return classes().that().doNotHaveFullyQualifiedName(BASE + ".core.Clocks")
                .should(notReadTheSystemTimeOnTheirOwn())
                .because("beans inject java.time.Clock (core.Clocks); other code takes the time from its caller");
    }

    @Test
    void theBoardReachesOnlyFrozenStatistics() {
        // The board sees aggregates, never a person: its pages and API read reporting's protected releases and nothing
        // that holds a case, an account, a message or an audit row.
        noClasses().that().resideInAPackage(BASE + ".board..").should().dependOnClassesThat()
                .resideInAnyPackage(FLOORS.stream().filter(floor -> !BOARD_MAY_USE.contains(floor))
                        .map(floor -> BASE + "." + floor + "..").toArray(String[]::new))
                .check(portal);
        // Nor the close: it holds the true counts before protection, which are never served.
        noClasses().that().resideInAPackage(BASE + ".board..").should().dependOnClassesThat()
                .resideInAPackage(BASE + ".reporting.close..").check(portal);
    }

    private static final Set<String> BOARD_MAY_USE = Set.of("core", "security", "area", "reporting", "board");

    @Test
    void entitiesKeepTheirFieldsToThemselves() {
        // A stored record changes through its own methods or its feature's service, never by a field set elsewhere.
        fields().that().areDeclaredInClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .and().areNotStatic().should().notBePublic().check(portal);
    }

    @Test
    void nothingButTheInjectedClockTellsTheTime() {
        onlyTheInjectedClockTellsTheTime().check(portal);
    }

    /** The rule above would catch a class that went back to the system clock. */
    @Test
    void theClockRuleCatchesAClassReadingTheSystemClock() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsTheSystemClock.class);
        assertThrows(AssertionError.class, () -> onlyTheInjectedClockTellsTheTime().check(offender));
    }

    static class ReadsTheSystemClock {
        Instant now() {
            return Instant.now();
        }
    }

    private static ArchCondition<JavaClass> notReadTheSystemTimeOnTheirOwn() {
        return new ArchCondition<>("not read the system time on their own") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                java.util.stream.Stream.concat(type.getMethodCallsFromSelf().stream(),
                        type.getConstructorCallsFromSelf().stream()).filter(ArchitectureTest::readsTheSystemTime)
                        .forEach(call -> events.add(SimpleConditionEvent.violated(call, call.getDescription())));
            }
        };
    }

    private static boolean readsTheSystemTime(JavaCall<?> call) {
        String owner = call.getTarget().getOwner().getName();
        String name = call.getTarget().getName();
        List<String> params = call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList();
        boolean noArgsOrZone = params.isEmpty() || params.equals(List.of(ZoneId.class.getName()));
        if (name.equals("now") && noArgsOrZone && Set.of(Instant.class.getName(), LocalDate.class.getName(),
                LocalDateTime.class.getName(), LocalTime.class.getName(), OffsetDateTime.class.getName(),
                ZonedDateTime.class.getName(), java.time.Year.class.getName(), java.time.YearMonth.class.getName())
                .contains(owner)) {
            return true;
        }
        if (owner.equals(Clock.class.getName())
                && Set.of("systemUTC", "systemDefaultZone", "system").contains(name)) {
            return true;
        }
        if (owner.equals(System.class.getName()) && name.equals("currentTimeMillis")) {
            return true;
        }
        return owner.equals(java.util.Date.class.getName()) && name.equals("<init>") && params.isEmpty();
    }

    private static String featureOf(JavaClass type) {
        String name = type.getPackageName().substring(BASE.length() + 1);
        return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    }
}
