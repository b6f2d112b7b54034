package dev.cdlint.report;

/** cdlint's version, as reports name it: from the jar manifest, or "development" when run from classes. */
public final class ToolVersion {

    private ToolVersion() {}

    public static String current() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
