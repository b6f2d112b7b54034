package dev.cdlint.xcode;

import dev.cdlint.source.SourceLocation;

/**
 * A build configuration (Debug, Release…) of a project or a target: its base .xcconfig and its own settings, the
 * two levels it contributes to the precedence.
 */
public record BuildConfiguration(String name, SourceLocation location, SettingsLevel xcconfig, SettingsLevel settings) {}
