package dev.cdlint.wiring;

import dev.cdlint.check.RuleSettings;
import dev.cdlint.finding.Finding;
import dev.cdlint.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A small app repository a test writes into its folder: {@code App.xcodeproj} with targets that each compile the
 * folder of their name, built in the configurations given, and the files beside it.
 */
final class TestRepository {

    private final Path root;
    private final StringBuilder objects = new StringBuilder();
    private final StringBuilder targets = new StringBuilder();
    private final StringBuilder groups = new StringBuilder();
    private String projectConfigurations = "";
    private int ids;

    TestRepository(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /**
     * A target compiling the folder of its name.
     *
     * @param type the product type after {@code com.apple.product-type.}: {@code application}, {@code app-extension}
     * @param configurations pairs of a configuration's name and its build settings ({@code "SDKROOT = iphoneos;"})
     */
    TestRepository target(String name, String type, String... configurations) {
        return targetBasedOn(null, name, type, configurations);
    }

    /** The same with every configuration based on an .xcconfig file, its path relative to the repository. */
    TestRepository targetBasedOn(String xcconfig, String name, String type, String... configurations) {
        String group = id();
        groups.append(group).append(", ");
        objects.append(group).append(" = {isa = PBXFileSystemSynchronizedRootGroup; path = \"").append(name)
                .append("\"; sourceTree = \"<group>\"; };\n");
        String base = "";
        if (xcconfig != null) {
            String reference = id();
            objects.append(reference).append(" = {isa = PBXFileReference; path = \"").append(xcconfig)
                    .append("\"; sourceTree = \"<group>\"; };\n");
            base = "baseConfigurationReference = " + reference + "; ";
        }
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < configurations.length; i += 2) {
            String configuration = id();
            list.append(configuration).append(", ");
            objects.append(configuration).append(" = {isa = XCBuildConfiguration; ").append(base)
                    .append("buildSettings = {\n").append(configurations[i + 1]).append("\n}; name = ")
                    .append(configurations[i]).append("; };\n");
        }
        String configurationList = id();
        objects.append(configurationList).append(" = {isa = XCConfigurationList; buildConfigurations = (").append(list)
                .append("); };\n");
        String target = id();
        targets.append(target).append(", ");
        objects.append(target).append(" = {isa = PBXNativeTarget; buildConfigurationList = ").append(configurationList)
                .append("; fileSystemSynchronizedGroups = (").append(group).append(", ); name = \"").append(name)
                .append("\"; productType = \"com.apple.product-type.").append(type).append("\"; };\n");
        return this;
    }

    /** The project's own configuration of that name, based on an .xcconfig file (relative to the repository). */
    TestRepository projectBasedOn(String xcconfig, String configuration) {
        String reference = id();
        String id = id();
        objects.append(reference).append(" = {isa = PBXFileReference; path = \"").append(xcconfig)
                .append("\"; sourceTree = \"<group>\"; };\n");
        objects.append(id).append(" = {isa = XCBuildConfiguration; baseConfigurationReference = ").append(reference)
                .append("; buildSettings = {}; name = ").append(configuration).append("; };\n");
        projectConfigurations += id + ", ";
        return this;
    }

    /** A file of the repository, its path relative to it. */
    TestRepository file(String relative, String text) {
        TestFiles.write(root, relative, text);
        return this;
    }

    /** A property list of the repository holding the XML of a top dictionary's entries. */
    TestRepository plist(String relative, String entries) {
        return file(relative, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plist version="1.0">
                <dict>
                %s</dict>
                </plist>
                """.formatted(entries));
    }

    /** Writes the project; returns the repository's folder. */
    Path write() {
        file("App.xcodeproj/project.pbxproj", """
                // !$*UTF8*$!
                {
                objects = {
                %sM = {isa = PBXGroup; children = (%s); sourceTree = "<group>"; };
                PL = {isa = XCConfigurationList; buildConfigurations = (%s); };
                P = {isa = PBXProject; buildConfigurationList = PL; mainGroup = M; targets = (%s); };
                };
                rootObject = P;
                }
                """.formatted(objects, groups, projectConfigurations, targets));
        return root;
    }

    /** The findings of the rules given, at their default settings, with the Swift read by the Swift reader. */
    List<Finding> check(WiringRule... rules) {
        return WiringChecks.check(write(), SwiftCode.READER, List.of(rules),
                check -> Optional.of(RuleSettings.defaults(check))).findings();
    }

    AppWiring read() {
        return AppWiring.read(write(), SwiftCode.READER);
    }

    private String id() {
        return "X" + ids++;
    }

    /** Code that mirrors a store with NSPersistentCloudKitContainer. */
    static final String MIRRORING = """
            import CoreData

            final class Persistence {
                let container = NSPersistentCloudKitContainer(name: "Notes")
            }
            """;

    /** Entitlements granting CloudKit with one container. */
    static final String CLOUDKIT = """
            <key>com.apple.developer.icloud-container-identifiers</key>
            <array><string>iCloud.com.example.Notes</string></array>
            <key>com.apple.developer.icloud-services</key>
            <array><string>CloudKit</string></array>
            """;
}
