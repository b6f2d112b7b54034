package dev.cdlint.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A Core Data model as a project holds it: a {@code .xcdatamodeld} bundle with one or more versions, or a single
 * {@code .xcdatamodel}.
 *
 * @param path the bundle or model folder (or the {@code contents} file when that was all there was)
 * @param versions every readable version, in name order
 * @param current the version the app uses: the bundle's current version, or the only one
 * @param warnings what cdlint had to guess while reading
 */
public record DataModel(Path path, String name, List<ModelVersion> versions, ModelVersion current,
        List<ModelWarning> warnings) {

    public DataModel {
        versions = List.copyOf(versions);
        warnings = List.copyOf(warnings);
    }
}
