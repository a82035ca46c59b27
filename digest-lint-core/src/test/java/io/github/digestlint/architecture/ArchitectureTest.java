package io.github.digestlint.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core's packages as docs/architecture.md draws them: data flows from the source text to the
 * reports, and no package uses one above it. A new dependency against the flow fails the build.
 */
@AnalyzeClasses(packages = "io.github.digestlint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersFollowTheData = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Source").definedBy("io.github.digestlint.source..")
            .layer("Model").definedBy("io.github.digestlint.model..")
            .layer("Parse").definedBy("io.github.digestlint.parse..")
            .layer("Rule API").definedBy("io.github.digestlint.rule..")
            .layer("Rule helpers").definedBy("io.github.digestlint.rules.shared..")
            .layer("Rules").definedBy("io.github.digestlint.rules.blog..", "io.github.digestlint.rules.content..",
                    "io.github.digestlint.rules.entries..", "io.github.digestlint.rules.file..",
                    "io.github.digestlint.rules.frontmatter..", "io.github.digestlint.rules.links..",
                    "io.github.digestlint.rules.rendering..", "io.github.digestlint.rules.sections..")
            .layer("Rule set").definedBy("io.github.digestlint.rules")
            .layer("Config").definedBy("io.github.digestlint.config..")
            .layer("Engine").definedBy("io.github.digestlint.engine..")
            .layer("Index").definedBy("io.github.digestlint.index..")
            .layer("Fix").definedBy("io.github.digestlint.fix..")
            .layer("Baseline").definedBy("io.github.digestlint.baseline..")
            .layer("Report").definedBy("io.github.digestlint.report..")

            .whereLayer("Source").mayNotAccessAnyLayer()
            .whereLayer("Model").mayOnlyAccessLayers("Source")
            .whereLayer("Parse").mayOnlyAccessLayers("Source", "Model")
            .whereLayer("Rule API").mayOnlyAccessLayers("Source", "Model")
            .whereLayer("Rule helpers").mayOnlyAccessLayers("Source", "Model", "Rule API")
            .whereLayer("Rules").mayOnlyAccessLayers("Source", "Model", "Rule API", "Rule helpers")
            .whereLayer("Rule set").mayOnlyAccessLayers("Rule API", "Rules")
            .whereLayer("Config").mayOnlyAccessLayers("Source", "Model", "Parse", "Rule API")
            .whereLayer("Engine").mayOnlyAccessLayers("Source", "Model", "Parse", "Rule API", "Rule set", "Config")
            .whereLayer("Index").mayOnlyAccessLayers("Source", "Model", "Rule API", "Config", "Engine")
            .whereLayer("Fix").mayOnlyAccessLayers("Source", "Model", "Rule API", "Engine")
            .whereLayer("Baseline").mayOnlyAccessLayers("Source", "Parse", "Rule API", "Engine")
            .whereLayer("Report").mayOnlyAccessLayers("Source", "Model", "Parse", "Rule API", "Rule set", "Engine",
                    "Baseline");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.github.digestlint.(**)")
            .should().beFreeOfCycles();

    /** Each concern's rules stand alone; what two of them share lives in rules.shared. */
    @ArchTest
    static final ArchRule noRulePackageUsesAnother = slices().matching("io.github.digestlint.rules.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("io.github.digestlint.rules.shared.."));
}
