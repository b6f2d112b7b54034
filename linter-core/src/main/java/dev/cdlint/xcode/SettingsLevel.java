package dev.cdlint.xcode;

import java.util.List;

/**
 * One level of Xcode's build-setting precedence: an .xcconfig (its includes in place), or the settings a
 * project.pbxproj or project.yml writes for one configuration. Assignments in the order written.
 *
 * @param source what the level is, for messages: a file name
 */
public record SettingsLevel(String source, List<Assignment> assignments) {

    public static final SettingsLevel EMPTY = new SettingsLevel("", List.of());

    public SettingsLevel {
        assignments = List.copyOf(assignments);
    }
}
