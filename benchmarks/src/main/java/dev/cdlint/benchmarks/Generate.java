package dev.cdlint.benchmarks;

import dev.cdlint.testing.SyntheticModel;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated model for the whole-process scripts: {@code Generate typical DIR} (about 20 entities, a
 * typical app) or {@code Generate MB DIR} (about that many megabytes), printing the contents file and its size;
 * or {@code Generate bundle N DIR}: a {@code .xcdatamodeld} of N versions that grow from 11 to 10 + N/2 entities,
 * as an app's model does over years of releases, printing the bundle; or {@code Generate corpus-log MB FILE}: the
 * shared corpus's log excerpts repeated to about that many megabytes ({@link CorpusLog}), printing the file; or
 * {@code Generate swift N DIR}: N Swift files of app code that mention no model or container, beside a typical
 * Core Data model, printing the folder.
 */
public final class Generate {

    private Generate() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("corpus-log")) {
            Path file = Path.of(args[2]);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                CorpusLog.load().write(Long.parseLong(args[1]) * 1_000_000L, out);
            }
            System.out.println(file + " " + Files.size(file));
            return;
        }
        if (args[0].equals("swift")) {
            Path root = SyntheticSwift.project(Path.of(args[2]), 0, 0, Integer.parseInt(args[1]));
            SyntheticModel.typical().writeTo(root.resolve("App/Model.xcdatamodel"));
            System.out.println(root);
            return;
        }
        if (args[0].equals("bundle")) {
            System.out.println(bundle(Integer.parseInt(args[1]), Path.of(args[2])));
            return;
        }
        SyntheticModel model = args[0].equals("typical")
                ? SyntheticModel.typical()
                : SyntheticModel.ofSize(Long.parseLong(args[0]) * 1_000_000L);
        Path contents = model.writeTo(Path.of(args[1]));
        System.out.println(contents + " " + Files.size(contents));
    }

    private static Path bundle(int versions, Path directory) throws Exception {
        Path bundle = directory.resolve("Large.xcdatamodeld");
        for (int version = 1; version <= versions; version++) {
            new SyntheticModel(10 + (version + 1) / 2, 8, 2, 2, 1).writeTo(bundle.resolve(name(version)));
        }
        Files.writeString(bundle.resolve(".xccurrentversion"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                	<key>_XCCurrentVersionName</key>
                	<string>%s</string>
                </dict>
                </plist>
                """.formatted(name(versions)));
        return bundle;
    }

    private static String name(int version) {
        return version == 1 ? "Large.xcdatamodel" : "Large " + version + ".xcdatamodel";
    }
}
