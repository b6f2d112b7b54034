package dev.cdlint.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generated Swift sources for the SwiftData benchmarks, written to look like an app's: {@code @Model} classes with
 * attributes of every kind, relationships with inverses, a container that syncs them, and SwiftUI views and helpers
 * with strings, interpolations, closures and comments that mention neither models nor containers.
 */
final class SyntheticSwift {

    private SyntheticSwift() {}

    /** A model file: {@code classes} classes of 12 properties each, related in a chain, with a container. */
    static String models(String prefix, int classes) {
        StringBuilder swift = new StringBuilder("import Foundation\nimport SwiftData\n\n");
        for (int c = 0; c < classes; c++) {
            String name = prefix + c;
            String next = prefix + (c + 1);
            swift.append("""
                    /// A record of kind %1$s, as users keep them.
                    @Model
                    final class %1$s {
                        #Index<%1$s>([\\.createdAt], [\\.title, \\.createdAt])
                        var id: UUID = UUID()
                        var title: String = ""
                        var note: String?
                        var count: Int = 0
                        var score: Double = 0
                        var createdAt: Date = Date()
                        var isDone = false
                        @Attribute(.externalStorage) var photo: Data?
                        var tags: [String] = []
                        var kind: Kind = .plain
                        var progress: Int = 0 {
                            didSet { updatedAt = Date() }
                        }
                        var updatedAt: Date?
                    """.formatted(name));
            if (c + 1 < classes) {
                swift.append("    @Relationship(deleteRule: .cascade, inverse: \\%s.parent) var children: [%s]? = []\n"
                        .formatted(next, next));
            }
            if (c > 0) {
                swift.append("    var parent: %s?\n".formatted(prefix + (c - 1)));
            }
            swift.append("""
                        var summary: String { "\\(title) (\\(count))" }

                        enum Kind: String, Codable { case plain, starred }

                        init(title: String) {
                            self.title = title
                        }
                    }

                    """);
        }
        swift.append("""
                enum %1$sStore {
                    static let container = try! ModelContainer(for: %1$s0.self,
                        configurations: ModelConfiguration(cloudKitDatabase: .private("iCloud.com.example.%1$s")))
                }
                """.formatted(prefix));
        return swift.toString();
    }

    /** A file of app code that mentions no model or container: a view, a formatter, helpers. */
    static String appCode(int index) {
        return """
                import SwiftUI

                /// Shows one row of the list, with its badge and a formatted date.
                struct Row%1$dView: View {
                    let title: String
                    let subtitle: String?
                    @State private var expanded = false

                    var body: some View {
                        VStack(alignment: .leading, spacing: 4) {
                            Text(title).font(.headline)
                            if let subtitle {
                                Text("\\(subtitle) — \\(Self.formatter.string(from: Date()))")
                                    .font(.caption)
                                    .foregroundStyle(.secondary)
                            }
                            Button(expanded ? "Less" : "More") { expanded.toggle() }
                        }
                        .padding(.vertical, 8)
                    }

                    /* Cached: DateFormatter is { expensive } to create. */
                    static let formatter: DateFormatter = {
                        let f = DateFormatter()
                        f.dateStyle = .medium
                        return f
                    }()
                }

                enum Helpers%1$d {
                    static func words(in text: String) -> [String] {
                        text.split(whereSeparator: { $0 == " " || $0 == "\\n" }).map(String.init)
                    }

                    static let pattern = #"(\\d+)\\s+"(\\w+)""#

                    static func describe(_ values: [Int]) -> String {
                        values.filter { $0 > %1$d }.map { "\\($0)" }.joined(separator: ", ")
                    }
                }
                """.formatted(index);
    }

    /** A project: {@code modelFiles} files of models, {@code appFiles} files of app code, and entitlements. */
    static Path project(Path root, int modelFiles, int classesPerFile, int appFiles) {
        try {
            for (int m = 0; m < modelFiles; m++) {
                write(root.resolve("App/Models/Models" + m + ".swift"), models("Record" + m + "x", classesPerFile));
            }
            for (int a = 0; a < appFiles; a++) {
                write(root.resolve("App/Views/Group" + a / 100 + "/Row" + a + ".swift"), appCode(a));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
