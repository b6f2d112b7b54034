package dev.cdlint.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated app repository of a given number of files: an iOS app, a Mac app and a widget in one project, each
 * with its own synchronized folder, entitlements and Info.plist, sharing a folder of persistence code; an
 * .xcconfig; ExportOptions and a release script; and Swift sources spread over folders of 50 to make up the count.
 */
final class RepositoryShape {

    private static final String PLIST_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
            + "<plist version=\"1.0\">\n<dict>\n";
    private static final String ENTITLEMENTS = "\t<key>aps-environment</key>\n\t<string>development</string>\n"
            + "\t<key>com.apple.developer.icloud-container-identifiers</key>\n"
            + "\t<array>\n\t\t<string>iCloud.$(PRODUCT_BUNDLE_IDENTIFIER)</string>\n\t</array>\n"
            + "\t<key>com.apple.developer.icloud-services</key>\n\t<array>\n\t\t<string>CloudKit</string>\n\t</array>\n"
            + "\t<key>com.apple.security.application-groups</key>\n"
            + "\t<array>\n\t\t<string>group.com.example.Notes</string>\n\t</array>\n";

    private RepositoryShape() {}

    static void write(Path root, int files) throws IOException {
        int written = 1; // the model
        for (String folder : new String[] {"iOS", "Mac", "Widget"}) {
            Files.createDirectories(root.resolve(folder));
            Files.writeString(root.resolve(folder + "/" + folder + ".entitlements"), PLIST_HEAD + ENTITLEMENTS
                    + "</dict>\n</plist>\n");
            Files.writeString(root.resolve(folder + "/Info.plist"), PLIST_HEAD + "\t<key>UIBackgroundModes</key>\n"
                    + "\t<array>\n\t\t<string>remote-notification</string>\n\t</array>\n</dict>\n</plist>\n");
            written += 2;
        }
        Files.createDirectories(root.resolve("Notes.xcodeproj"));
        Files.writeString(root.resolve("Notes.xcodeproj/project.pbxproj"), project());
        Files.writeString(root.resolve("Shared.xcconfig"), "DEVELOPMENT_TEAM = ABCDE12345\n"
                + "PRODUCT_BUNDLE_IDENTIFIER = com.example.Notes\n");
        Files.writeString(root.resolve("ExportOptions.plist"), PLIST_HEAD + "\t<key>method</key>\n"
                + "\t<string>app-store-connect</string>\n</dict>\n</plist>\n");
        Files.createDirectories(root.resolve("scripts"));
        Files.writeString(root.resolve("scripts/release.sh"), "#!/bin/sh\nxcodebuild -scheme Notes archive\n"
                + "xcodebuild -exportArchive -archivePath build/Notes.xcarchive\n");
        written += 4;
        for (int i = 0; written < files; i++) {
            String folder = (i % 2 == 0 ? "Shared" : "iOS") + "/Feature" + (i / 50);
            Files.createDirectories(root.resolve(folder));
            Files.writeString(root.resolve(folder + "/View" + i + ".swift"), "import SwiftUI\n\n"
                    + "struct View" + i + ": View {\n    var body: some View { Text(\"" + i + "\") }\n}\n");
            written++;
        }
        Files.writeString(root.resolve("Shared/Persistence.swift"), "import CoreData\n\nfinal class Persistence {\n"
                + "    let container = NSPersistentCloudKitContainer(name: \"Notes\")\n}\n");
    }

    private static String project() {
        StringBuilder objects = new StringBuilder();
        String[][] targets = {
            {"iOS", "application", "iphoneos"}, {"Mac", "application", "macosx"}, {"Widget", "app-extension", "iphoneos"}};
        objects.append("\t\tGS = {isa = PBXFileSystemSynchronizedRootGroup; path = Shared; sourceTree = \"<group>\"; };\n");
        objects.append("\t\tXC = {isa = PBXFileReference; path = Shared.xcconfig; sourceTree = \"<group>\"; };\n");
        StringBuilder children = new StringBuilder("GS, XC, ");
        StringBuilder targetIds = new StringBuilder();
        for (String[] target : targets) {
            String name = target[0];
            objects.append("\t\tG").append(name).append(" = {isa = PBXFileSystemSynchronizedRootGroup; path = ")
                    .append(name).append("; sourceTree = \"<group>\"; };\n");
            children.append('G').append(name).append(", ");
            targetIds.append('T').append(name).append(", ");
            objects.append("\t\tT").append(name).append(" = {isa = PBXNativeTarget; buildConfigurationList = L")
                    .append(name).append("; fileSystemSynchronizedGroups = (G").append(name).append(", GS, ); name = ")
                    .append(name).append("; productType = \"com.apple.product-type.").append(target[1]).append("\"; };\n");
            StringBuilder configurations = new StringBuilder();
            for (String configuration : new String[] {"Debug", "Release"}) {
                String id = "C" + name + configuration;
                configurations.append(id).append(", ");
                objects.append("\t\t").append(id).append(" = {isa = XCBuildConfiguration; baseConfigurationReference")
                        .append(" = XC; buildSettings = {\n")
                        .append("\t\t\tCODE_SIGN_ENTITLEMENTS = ").append(name).append('/').append(name)
                        .append(".entitlements;\n\t\t\tINFOPLIST_FILE = ").append(name).append("/Info.plist;\n")
                        .append("\t\t\tSDKROOT = ").append(target[2]).append(";\n\t\t}; name = ").append(configuration)
                        .append("; };\n");
            }
            objects.append("\t\tL").append(name).append(" = {isa = XCConfigurationList; buildConfigurations = (")
                    .append(configurations).append("); };\n");
        }
        objects.append("\t\tLP = {isa = XCConfigurationList; buildConfigurations = (); };\n");
        objects.append("\t\tM = {isa = PBXGroup; children = (").append(children).append("); sourceTree = \"<group>\"; };\n");
        objects.append("\t\tR = {isa = PBXProject; buildConfigurationList = LP; mainGroup = M; targets = (")
                .append(targetIds).append("); };\n");
        return "// !$*UTF8*$!\n{\n\tobjectVersion = 77;\n\tobjects = {\n" + objects + "\t};\n\trootObject = R;\n}\n";
    }
}
