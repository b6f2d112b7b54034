package dev.cdlint.model.swift;

import dev.cdlint.plist.PlistReader;
import dev.cdlint.plist.PlistValue;
import dev.cdlint.source.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an app is signed with, as far as SwiftData's {@code .automatic} asks: whether its entitlements grant
 * CloudKit, and the containers they list, the first of which {@code .automatic} mirrors to
 * (docs/cloudkit.md#swiftdata-scope).
 *
 * @param file the entitlements file; null for a target signed without one
 * @param target the target signed with it, as its project names it; null where no project says and the file was
 *     found by its name alone
 * @param containers {@code com.apple.developer.icloud-container-identifiers}, in order, as far as they are known
 */
public record CloudKitSigning(Path file, String target, boolean cloudKit, List<String> containers) {

    static final String SERVICES = "com.apple.developer.icloud-services";
    static final String CONTAINERS = "com.apple.developer.icloud-container-identifiers";

    public CloudKitSigning {
        containers = List.copyOf(containers);
    }

    /**
     * Whether a value of {@code com.apple.developer.icloud-services} is meant to grant CloudKit: {@code CloudKit},
     * {@code CloudKit-Anonymous}, or the provisioning profile's {@code *} copied into a source file.
     */
    public static boolean grantsCloudKit(String service) {
        String value = service.strip();
        return value.equals("CloudKit") || value.equals("CloudKit-Anonymous") || value.equals("*");
    }

    /**
     * An entitlements file on its own, its variables left as written: what {@code .automatic} goes by where no
     * project says which target is signed with which file.
     *
     * @throws InputException when the file is no property list
     */
    static CloudKitSigning read(Path file) {
        PlistValue root = PlistReader.read(file);
        if (!(root instanceof PlistValue.Dict dict)) {
            return new CloudKitSigning(file, null, false, List.of());
        }
        boolean cloudKit = strings(dict, SERVICES).stream().anyMatch(CloudKitSigning::grantsCloudKit);
        return new CloudKitSigning(file, null, cloudKit, strings(dict, CONTAINERS));
    }

    /** The strings of an array, or the one string a key holds. */
    private static List<String> strings(PlistValue.Dict dict, String key) {
        Optional<PlistValue> value = dict.get(key);
        List<String> strings = new ArrayList<>();
        List<PlistValue> items = value.map(v -> v instanceof PlistValue.Array array ? array.items() : List.of(v))
                .orElse(List.of());
        for (PlistValue item : items) {
            if (item instanceof PlistValue.Text text) {
                strings.add(text.value());
            }
        }
        return strings;
    }
}
