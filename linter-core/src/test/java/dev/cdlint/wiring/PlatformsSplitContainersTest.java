package dev.cdlint.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.check.RuleSettings;
import dev.cdlint.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What wiring-platforms-split-containers says to each of the apps whose data never meets. */
class PlatformsSplitContainersTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/wiring/wiring-platforms-split-containers")
            .toAbsolutePath();

    @Test
    void eachAppIsToldWhichOtherMirrorsWhere() {
        List<Finding> findings = WiringChecks.check(FIXTURE, SwiftCode.READER, List.of(new PlatformsSplitContainers()),
                check -> Optional.of(RuleSettings.defaults(check))).findings();

        assertThat(findings).extracting(Finding::message).containsExactly(
                "Target 'NotesMac' (Debug, Release): mirrors to 'iCloud.com.example.NotesMac' while 'NotesiOS' on iOS"
                        + " ('iCloud.com.example.Notes') mirrors elsewhere: their data never meets.",
                "Target 'NotesiOS' (Debug, Release): mirrors to 'iCloud.com.example.Notes' while 'NotesMac' on macOS"
                        + " ('iCloud.com.example.NotesMac') mirrors elsewhere: their data never meets.");
    }
}
