package dev.cdlint.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small {@code .xcdatamodel} folder written for a test, its entities given as the model file spells them. */
public final class ModelFolder {

    private ModelFolder() {}

    /** {@code dir/name/contents}: a model marked Used with CloudKit holding the entities' XML. */
    public static Path write(Path dir, String name, String entities) throws IOException {
        Path model = dir.resolve(name);
        Files.createDirectories(model);
        Files.writeString(model.resolve("contents"), "<model usedWithCloudKit=\"YES\">\n" + entities + "\n</model>\n");
        return model;
    }
}
