package dev.cdlint.wiring;

import dev.cdlint.model.swift.CloudKitSigning;
import dev.cdlint.plist.PlistValue;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.xcode.BuildSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An entitlements file as one variant is signed with it: values are read after Xcode substitutes the variant's
 * build settings into them ({@code $(TeamIdentifierPrefix)}, {@code $(CFBundleIdentifier)}, xcconfig variables).
 */
public record Entitlements(Path file, PlistValue.Dict root, BuildSettings settings) {

    public static final String ICLOUD_SERVICES = "com.apple.developer.icloud-services";
    public static final String CONTAINERS = "com.apple.developer.icloud-container-identifiers";
    public static final String DEVELOPMENT_CONTAINERS =
            "com.apple.developer.icloud-container-development-container-identifiers";
    public static final String ENVIRONMENT = "com.apple.developer.icloud-container-environment";
    public static final String PUSH_IOS = "aps-environment";
    public static final String PUSH_MACOS = "com.apple.developer.aps-environment";
    public static final String APP_GROUPS = "com.apple.security.application-groups";
    public static final String KVSTORE = "com.apple.developer.ubiquity-kvstore-identifier";

    /** A string the file holds, after substitution, where it is written. */
    public record Item(String text, String written, SourceLocation location, boolean certain) {}

    public Optional<PlistValue.Entry> entry(String key) {
        return root.entry(key);
    }

    public boolean has(String key) {
        return root.entry(key).isPresent();
    }

    /**
     * The strings of an array-valued key, or the one string of a key written as a string (the wrong shape, which
     * {@code wiring-entitlement-value-shape} reports), after substitution.
     */
    public List<Item> strings(String key) {
        Optional<PlistValue> value = root.get(key);
        List<Item> items = new ArrayList<>();
        if (value.isEmpty()) {
            return items;
        }
        List<PlistValue> values = value.get() instanceof PlistValue.Array array ? array.items() : List.of(value.get());
        for (PlistValue item : values) {
            if (item instanceof PlistValue.Text text) {
                BuildSettings.Value expanded = settings.expand(text.value(), text.location());
                items.add(new Item(expanded.text(), text.value(), text.location(), expanded.certain()));
            }
        }
        return items;
    }

    /** The key's value when it is one string, after substitution. */
    public Optional<Item> string(String key) {
        return root.get(key).filter(PlistValue.Text.class::isInstance).map(v -> {
            PlistValue.Text text = (PlistValue.Text) v;
            BuildSettings.Value expanded = settings.expand(text.value(), text.location());
            return new Item(expanded.text(), text.value(), text.location(), expanded.certain());
        });
    }

    /**
     * {@code icloud-services} lists {@code CloudKit}, or holds the profile's {@code *}: meant for CloudKit, written
     * in the wrong shape, which {@code wiring-entitlement-value-shape} reports.
     */
    public boolean grantsCloudKit() {
        return strings(ICLOUD_SERVICES).stream().map(Item::text).anyMatch(CloudKitSigning::grantsCloudKit);
    }

    /** Whether a file's {@code icloud-services} is an array that lists {@code CloudKit}, before any substitution. */
    static boolean listsCloudKit(PlistValue root) {
        return root instanceof PlistValue.Dict dict && dict.get(ICLOUD_SERVICES).filter(PlistValue.Array.class::isInstance)
                .map(a -> ((PlistValue.Array) a).items().stream()
                        .anyMatch(i -> i instanceof PlistValue.Text t && t.value().strip().equals("CloudKit")))
                .orElse(false);
    }

    /** Where to add a key that is missing: the file's top-level dictionary. */
    public SourceLocation top() {
        return root.location();
    }
}
