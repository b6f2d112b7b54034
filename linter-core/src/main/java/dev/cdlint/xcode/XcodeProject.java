package dev.cdlint.xcode;

import dev.cdlint.source.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A project as cdlint reads it from the repository: a project.pbxproj or an XcodeGen project.yml.
 *
 * @param file the file read: the project.pbxproj or the project.yml
 * @param sourceRoot the folder that relative paths in build settings start from ({@code SRCROOT})
 * @param name the project's name ({@code PROJECT_NAME})
 * @param configurations the project-level configurations, lowest in precedence after the built-in defaults
 * @param problems files the project names that could not be read (an .xcconfig): reported, not fatal
 */
public record XcodeProject(Path file, Path sourceRoot, String name, List<BuildConfiguration> configurations,
        List<Target> targets, List<InputException> problems) {

    public XcodeProject {
        configurations = List.copyOf(configurations);
        targets = List.copyOf(targets);
        problems = List.copyOf(problems);
    }

    public Optional<BuildConfiguration> configuration(String name) {
        return configurations.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
