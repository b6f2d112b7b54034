package dev.cdlint.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.SharedCorpus;
import dev.cdlint.catalog.Catalog;
import dev.cdlint.catalog.Family;
import dev.cdlint.check.RuleSettings;
import dev.cdlint.finding.Finding;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five app repositories of the shared wiring corpus give exactly the findings their row of CASES.tsv expects,
 * their Swift read by the Swift reader; W05, wired correctly (a multiplatform target with both push keys), gives
 * none.
 */
class WiringCorpusTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("W01-chenchungwan__lotusplannerv3", List.of(
                        "LotusPlannerV3/LotusPlannerV3/LotusPlannerV3.entitlements:4 wiring-push-entitlement-missing"
                                + " warning LotusPlannerV3.aps-environment (Debug, Release)")),
                Arguments.of("W02-HeySoyl__iFunds", List.of(
                        "iFunds.xcodeproj/project.pbxproj:176 wiring-cloudkit-entitlement-missing warning"
                                + " iFunds (iOS).CODE_SIGN_ENTITLEMENTS (Debug, Release)",
                        "macOS/macOS.entitlements:4 wiring-cloudkit-entitlement-missing warning"
                                + " iFunds (macOS).com.apple.developer.icloud-services (Debug, Release)")),
                Arguments.of("W03-otomore__BottleKeep", List.of(
                        "BottleKeeper.xcodeproj/project.pbxproj:475 wiring-background-mode-missing warning"
                                + " BottleKeeper.INFOPLIST_FILE (Debug)",
                        "BottleKeeper.xcodeproj/project.pbxproj:511 wiring-background-mode-missing warning"
                                + " BottleKeeper.INFOPLIST_FILE (Release)",
                        "BottleKeeper/BottleKeeper.entitlements:7 wiring-entitlement-value-shape warning BottleKeeper"
                                + ".com.apple.developer.icloud-container-development-container-identifiers"
                                + " (Debug, Release)",
                        "BottleKeeper/BottleKeeper.entitlements:11 wiring-entitlement-value-shape error"
                                + " BottleKeeper.com.apple.developer.icloud-container-environment (Debug, Release)",
                        "BottleKeeper/BottleKeeper.entitlements:20 wiring-entitlement-value-shape error"
                                + " BottleKeeper.com.apple.developer.icloud-services (Debug, Release)",
                        "BottleKeeper/BottleKeeper.entitlements:22 wiring-entitlement-value-shape info"
                                + " BottleKeeper.com.apple.developer.team-identifier (Debug, Release)",
                        "BottleKeeper/BottleKeeper.entitlements:28 wiring-entitlement-value-shape error"
                                + " BottleKeeper.com.apple.developer.ubiquity-kvstore-identifier (Debug, Release)")),
                Arguments.of("W04-ThinkerJack__GroTask", List.of(
                        "GroTask.xcodeproj/project.pbxproj:532 wiring-background-mode-missing warning"
                                + " GroTaskiOS.INFOPLIST_FILE (Release)",
                        "GroTask.xcodeproj/project.pbxproj:533 wiring-infoplist-key-ignored warning"
                                + " GroTaskiOS.INFOPLIST_KEY_UIBackgroundModes (Release)",
                        "GroTask.xcodeproj/project.pbxproj:559 wiring-background-mode-missing warning"
                                + " GroTaskiOS.INFOPLIST_FILE (Debug)",
                        "GroTask.xcodeproj/project.pbxproj:560 wiring-infoplist-key-ignored warning"
                                + " GroTaskiOS.INFOPLIST_KEY_UIBackgroundModes (Debug)",
                        "GroTaskiOS-Info.plist:5 wiring-background-mode-missing info GroTaskiOS.UIBackgroundModes"
                                + " (Debug, Release)",
                        "macOS/GroTask-Debug.entitlements:5 wiring-entitlement-value-shape info"
                                + " GroTask.com.apple.application-identifier (Debug)",
                        "macOS/GroTask-Debug.entitlements:7 wiring-entitlement-value-shape info"
                                + " GroTask.com.apple.developer.team-identifier (Debug)",
                        "macOS/GroTask-Release.entitlements:5 wiring-entitlement-value-shape info"
                                + " GroTask.com.apple.application-identifier (Release)",
                        "macOS/GroTask-Release.entitlements:7 wiring-entitlement-value-shape info"
                                + " GroTask.com.apple.developer.team-identifier (Release)")),
                Arguments.of("W05-fatbobman__MovieHunter", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseGivesExactlyTheFindingsItsRowExpects(String name, List<String> expected) {
        Path repository = SharedCorpus.root().resolve("corpus/wiring").resolve(name);
        assertThat(SharedCorpus.read(SharedCorpus.root().resolve("corpus/wiring/CASES.tsv")).lines()
                .anyMatch(row -> row.startsWith(name.substring(0, 3) + "\t"))).as("a row of CASES.tsv").isTrue();
        List<Finding> findings = run(repository, SwiftCode.READER);
        assertThat(findings.stream().map(f -> describe(repository, f)).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        for (Finding finding : findings) {
            assertThat(finding.message()).startsWith("Target '" + finding.entity() + "' (" + finding.configuration());
        }
    }

    /**
     * {@code cdlint check} on the folder that holds the Xcode project (W01 keeps it one folder down) reads the Swift
     * once, for the models and the wiring, and agrees.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkOnTheProjectsFolderGivesTheSameWiringFindings(String name, List<String> expected) throws IOException {
        Path repository = SharedCorpus.root().resolve("corpus/wiring").resolve(name);
        Path folder;
        try (Stream<Path> walk = Files.walk(repository)) {
            folder = walk.filter(p -> p.getFileName().toString().endsWith(".xcodeproj"))
                    .min(Comparator.comparingInt(Path::getNameCount)).orElseThrow().getParent();
        }
        List<Finding> findings = new Linter().lint(LintRequest.of(folder)).findings();
        assertThat(findings.stream().filter(f -> Catalog.byId(f.rule()).map(Catalog::familyOf).orElse(null)
                == Family.WIRING).map(f -> describe(repository, f)).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Without a Swift reader the checks that start from code find nothing, and the others still run. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void withoutTheCodeOnlyTheChecksThatNeedNoCodeReport(String name, List<String> expected) {
        Path repository = SharedCorpus.root().resolve("corpus/wiring").resolve(name);
        List<String> codeFree = expected.stream().filter(e -> e.contains("value-shape")
                || e.contains("infoplist-key-ignored")).toList();
        assertThat(run(repository, SwiftCode.NONE).stream().map(f -> describe(repository, f)).toList())
                .containsExactlyInAnyOrderElementsOf(codeFree);
    }

    static List<Finding> run(Path repository, SwiftCode code) {
        return WiringChecks.check(repository, code, Catalog.wiringRules(), c -> Optional.of(RuleSettings.defaults(c)))
                .findings();
    }

    private static String describe(Path repository, Finding finding) {
        return repository.relativize(finding.location().file()) + ":" + finding.location().line() + " "
                + finding.rule() + " " + finding.severity().id() + " " + finding.elementName() + " ("
                + finding.configuration() + ")";
    }
}
