package io.github.carbon4j;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;

/**
 * The layers of carbon4j's core, written down: value types (the root package's quantities, ids and
 * records) and {@code internal} at the bottom; the meters, NVML, intensity, reports and OpenTelemetry
 * above them, each taking narrow inputs; the façade ({@link CarbonLogger}, its {@code Wiring} and the
 * configuration classes) on top, the one place that wires them. The API keeps values and façade in one package, so
 * the root package's layers are defined class by class. Reports may look places up in the intensity
 * tables; no other feature package uses another, except NVML, whose GPU meter is an
 * {@code EnergyMeter}. A new package says here where it stands.
 */
@AnalyzeClasses(packages = "io.github.carbon4j", importOptions = ArchitectureTests.MainClassesOnly.class)
class ArchitectureTests {

    /** The main classes, whatever the build directory is called ({@code -Dcarbon4j.build.dir=target-x}). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    /** The façade: the only classes that know every package and read the whole configuration. */
    static final List<Class<?>> FACADE = List.of(
            CarbonLogger.class,
            Wiring.class,
            CarbonConfig.class,
            ConfigKeys.class,
            ConfigSource.class,
            ConfigTable.class,
            ConfigKey.class,
            ConfigChecks.class,
            ConfigValues.class,
            ConfigDraft.class,
            ConfigMapSource.class,
            ConfigSettings.class,
            IntervalMeter.class);

    static final String ROOT = "io.github.carbon4j";
    static final String[] FEATURES = {
        ROOT + ".meter..", ROOT + ".nvml..", ROOT + ".intensity..", ROOT + ".report..", ROOT + ".otel.."
    };

    /** A façade class, or one nested in it (the builder, lambdas, the logger's span). */
    static final DescribedPredicate<JavaClass> FACADE_CLASSES = DescribedPredicate.describe(
            "the façade " + FACADE.stream().map(Class::getSimpleName).toList(),
            c -> FACADE.stream()
                    .anyMatch(
                            f -> c.getName().equals(f.getName()) || c.getName().startsWith(f.getName() + "$")));

    static final DescribedPredicate<JavaClass> VALUES = DescribedPredicate.describe(
            "the value types of " + ROOT + " and " + ROOT + ".internal",
            c -> (c.getPackageName().equals(ROOT) || c.getPackageName().equals(ROOT + ".internal"))
                    && !FACADE_CLASSES.test(c));

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage(ROOT + "..")
            .layer("Facade")
            .definedBy(FACADE_CLASSES)
            .layer("Meters")
            .definedBy(ROOT + ".meter..")
            .layer("Nvml")
            .definedBy(ROOT + ".nvml..")
            .layer("Intensity")
            .definedBy(ROOT + ".intensity..")
            .layer("Reports")
            .definedBy(ROOT + ".report..")
            .layer("Otel")
            .definedBy(ROOT + ".otel..")
            .layer("Values")
            .definedBy(VALUES)
            .whereLayer("Facade")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Nvml")
            .mayOnlyBeAccessedByLayers("Facade")
            .whereLayer("Meters")
            .mayOnlyBeAccessedByLayers("Facade", "Nvml")
            // The reports name the configured country as the intensity tables spell it (CodeCarbon's columns).
            .whereLayer("Intensity")
            .mayOnlyBeAccessedByLayers("Facade", "Reports")
            .whereLayer("Reports")
            .mayOnlyBeAccessedByLayers("Facade")
            .whereLayer("Otel")
            .mayOnlyBeAccessedByLayers("Facade")
            .whereLayer("Values")
            .mayOnlyBeAccessedByLayers("Facade", "Meters", "Nvml", "Intensity", "Reports", "Otel")
            .because("values at the bottom, features above them on narrow inputs, the façade on top wiring them");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages =
            slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noFeatureReadsTheConfigurationOrTheLogger = ArchRuleDefinition.noClasses()
            .that()
            .resideInAnyPackage(FEATURES)
            .or()
            .resideInAPackage(ROOT + ".internal..")
            .should()
            .dependOnClassesThat(FACADE_CLASSES)
            .because("meters, NVML, intensity, reports and exporters take narrow settings the façade builds");
}
