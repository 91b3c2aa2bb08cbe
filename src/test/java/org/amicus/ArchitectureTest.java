package org.amicus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages' one direction of flow, from the compiled classes: a class may use its own layer and the layers
 * below it, never one above or beside it. A new package must be given its place here.
 */
class ArchitectureTest {

    /**
     * Bottom first. Layers on one line are siblings: each may use what is below, not the other. The front door
     * ({@code org.amicus}: Amicus, BuildOptions, BuildResult) stands on {@code build}; serve and cli on it.
     */
    private static final List<List<String>> LEVELS = List.of(
            List.of("util"), List.of("diagnostic"), List.of("yaml"),
            List.of("config"), List.of("content"), List.of("data"), List.of("site"), List.of("markdown"),
            List.of("render"), List.of("publish", "search"), List.of("check"), List.of("output"),
            List.of("build"), List.of("front door"), List.of("serve"), List.of("cli"));

    /**
     * The one exception: flexmark's public key {@code FootnoteExtension.FOOTNOTES} is typed with its internal
     * FootnoteRepository, which holds the list of notes that FootnoteOrder puts in reading order.
     */
    private static final String FLEXMARK_HANDS_OUT =
            "org.amicus.markdown.FootnoteOrder -> com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.amicus");

    @Test
    void packagesUseOnlyThePackagesBelowThem() {
        layers().check(MAIN);
    }

    @Test
    void noClassUsesTheInternalClassesOfAnotherPackage() {
        noInternalsOfOthers().check(MAIN);
    }

    /** The proof the rules can fail: a render class that calls search and a library's internal class. */
    @Test
    void aRenderClassThatUsesSearchOrAnInternalClassBreaksTheRules() {
        JavaClasses withViolation = new ClassFileImporter().importPackages("org.amicus.render", "org.amicus.search")
                .that(new DescribedPredicate<>("main classes and the fixture") {
                    @Override
                    public boolean test(JavaClass c) {
                        return MAIN.contain(c.getName()) || c.getSimpleName().equals("ArchitectureViolation");
                    }
                });

        EvaluationResult layering = layers().withOptionalLayers(true).evaluate(withViolation);
        EvaluationResult internals = noInternalsOfOthers().evaluate(withViolation);

        assertEquals(List.of("Method <org.amicus.render.ArchitectureViolation.lunr()> calls method "
                + "<org.amicus.search.SearchStage.lunr()>"),
                violations(layering));
        assertEquals(List.of("Method <org.amicus.render.ArchitectureViolation.blank(java.lang.String)> calls method "
                + "<org.jsoup.internal.StringUtil.isBlank(java.lang.String)>"),
                violations(internals));
    }

    private static LayeredArchitecture layers() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("front door").definedBy("org.amicus");
        for (List<String> level : LEVELS) {
            for (String layer : level) {
                if (!layer.equals("front door")) {
                    architecture = architecture.layer(layer).definedBy("org.amicus." + layer + "..");
                }
            }
        }
        List<String> below = new ArrayList<>();
        for (List<String> level : LEVELS) {
            for (String layer : level) {
                architecture = below.isEmpty() ? architecture.whereLayer(layer).mayNotAccessAnyLayer()
                        : architecture.whereLayer(layer).mayOnlyAccessLayers(below.toArray(String[]::new));
            }
            below.addAll(level);
        }
        return architecture.ensureAllClassesAreContainedInArchitecture();
    }

    /**
     * A package {@code x.internal} (ours as flexmark's) belongs to the package {@code x}: only {@code x} and
     * what is inside it may use it.
     */
    private static ArchRule noInternalsOfOthers() {
        return classes().should(new ArchCondition<JavaClass>("use no internal class of another package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    int internal = (target + ".").indexOf(".internal.");
                    if (internal >= 0 && !FLEXMARK_HANDS_OUT.equals(origin.getName() + " -> " + target + "."
                            + dependency.getTargetClass().getSimpleName())
                            && !(origin.getPackageName() + ".").startsWith(target.substring(0, internal) + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        });
    }

    /** Each violation as ArchUnit states it, without the source line. */
    private static List<String> violations(EvaluationResult result) {
        assertTrue(result.hasViolation(), "the rule should have failed");
        return result.getFailureReport().getDetails().stream().map(line -> line.replaceAll(" in \\(.*\\)$", ""))
                .sorted().toList();
    }
}
