package dev.cdlint.lint;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.config.LintConfig;
import dev.cdlint.wiring.AppWiring;
import dev.cdlint.wiring.WiringChecks;
import dev.cdlint.xcode.RepositoryFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The wiring checks of a run: on each folder the inputs name that holds an app (an .xcodeproj, a project.yml, a
 * Package.swift or a Tuist manifest), with the configuration that applies there. A model bundle named on its own
 * is not such a folder, so a run on it reads no project file.
 */
final class WiringRun {

    private WiringRun() {}

    static boolean isAppRepository(Path folder) {
        return Files.isDirectory(folder) && RepositoryFiles.isAppRepository(folder);
    }

    /** @param repository the repository as the run read it, its code as the run read it for the models */
    static WiringChecks.Result check(AppWiring repository, LintConfig config) {
        return WiringChecks.check(repository, Catalog.wiringRules(), config::settingsFor);
    }
}
