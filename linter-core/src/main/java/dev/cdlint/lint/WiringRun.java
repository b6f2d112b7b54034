package dev.cdlint.lint;

import dev.cdlint.config.LintConfig;
import dev.cdlint.wiring.ContainerCode;
import dev.cdlint.wiring.WiringChecks;
import dev.cdlint.wiring.WiringRules;
import dev.cdlint.xcode.RepositoryFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The wiring checks of a run: on each folder the inputs name that holds an app (an .xcodeproj, a project.yml, a
 * Package.swift or a Tuist manifest), with the configuration that applies there. A model bundle named on its own
 * is not such a folder, so a run on it reads no project file.
 */
final class WiringRun {

    // TODO(swift): the Swift reader's container result, once it is on main; until then the checks that start
    // from code find nothing and the others run.
    private static final ContainerCode CODE = ContainerCode.NONE;

    private WiringRun() {}

    static boolean isAppRepository(Path folder) {
        return Files.isDirectory(folder) && RepositoryFiles.isAppRepository(folder);
    }

    static WiringChecks.Result check(Path repository, LintConfig config) {
        return WiringChecks.check(repository, CODE, WiringRules.ALL, config::settingsFor);
    }
}
