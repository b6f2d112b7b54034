package dev.cdlint.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A Core Data model as a project holds it: a {@code .xcdatamodeld} bundle with one or more versions, or a single
 * {@code .xcdatamodel}.
 *
 * @param path the bundle or model folder (or the {@code contents} file when that was all there was)
 * @param versions every version with a {@code contents} file, in name order; read one with
 *     {@code ModelReader.readVersion}
 * @param current the version the app uses, read: the bundle's current version, or the only one
 * @param warnings what cdlint had to guess while reading
 */
public record DataModel(Path path, String name, List<VersionFile> versions, ModelVersion current,
        List<ModelWarning> warnings) {

    public DataModel {
        versions = List.copyOf(versions);
        warnings = List.copyOf(warnings);
    }
}
