package dev.cdlint.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A model as a project holds it: a {@code .xcdatamodeld} bundle with one or more versions, a single
 * {@code .xcdatamodel}, or the {@code @Model} classes of one SwiftData schema.
 *
 * @param path the bundle or model folder (or the {@code contents} file when that was all there was); for SwiftData,
 *     the folder that holds the schema's Swift files
 * @param versions every version with a {@code contents} file, in name order; read one with
 *     {@code ModelReader.readVersion}. Empty for SwiftData, whose versions are read with the current one
 * @param current the version the app uses, read: the bundle's current version, or the only one
 * @param warnings what cdlint had to guess while reading
 * @param format where the model was read from, which decides how findings tell the user to fix it
 */
public record DataModel(Path path, String name, List<VersionFile> versions, ModelVersion current,
        List<ModelWarning> warnings, Format format) {

    public enum Format {
        /** A model file Xcode's model editor writes. */
        CORE_DATA,
        /** SwiftData {@code @Model} classes. */
        SWIFT_DATA
    }

    public DataModel {
        versions = List.copyOf(versions);
        warnings = List.copyOf(warnings);
    }

    public DataModel(Path path, String name, List<VersionFile> versions, ModelVersion current,
            List<ModelWarning> warnings) {
        this(path, name, versions, current, warnings, Format.CORE_DATA);
    }

    public boolean isSwiftData() {
        return format == Format.SWIFT_DATA;
    }
}
