package dev.cdlint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.testing.IsolatedClassLoader;
import dev.cdlint.testing.SyntheticModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that names only Core Data models, or searches a folder whose Swift mentions no SwiftData, leaves the Swift
 * reader unloaded: its start-up stays what it was before cdlint read Swift. Each run happens in a class loader of
 * its own, which then tells what the run loaded.
 */
class SwiftClassLoadingTest {

    /** The Swift reader: the lexer, the declaration reader, the model and container-code readers. */
    private static final List<String> SWIFT_READER = List.of("dev.cdlint.swift.SwiftLexer",
            "dev.cdlint.swift.SwiftSource", "dev.cdlint.swift.DeclarationReader", "dev.cdlint.swift.SwiftFile",
            "dev.cdlint.model.swift.SwiftDataReader", "dev.cdlint.model.swift.SwiftIndex",
            "dev.cdlint.model.swift.ContainerCodeReader");

    @TempDir
    Path dir;

    /** Lints the path it is given; loaded by the isolated loader, so all it touches is loaded there. */
    public static final class LintPath implements Function<String, Integer> {
        @Override
        public Integer apply(String path) {
            return new Linter().lint(LintRequest.of(Path.of(path))).models().size();
        }
    }

    private static IsolatedClassLoader lintIn(Path path) throws Exception {
        IsolatedClassLoader loader = new IsolatedClassLoader();
        @SuppressWarnings("unchecked")
        Function<String, Integer> lint = (Function<String, Integer>) loader.loadClass(LintPath.class.getName())
                .getConstructor().newInstance();
        // JAXB finds its implementation through the context class loader: the isolated one, like the rest.
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            assertThat(lint.apply(path.toString())).isPositive();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        return loader;
    }

    @Test
    void aRunNamingACoreDataModelLoadsNoSwiftReader() throws Exception {
        Path model = SyntheticModel.typical().writeTo(dir.resolve("App/Model.xcdatamodel"));
        Files.writeString(dir.resolve("App/Store.swift"), "import SwiftData\n@Model final class A { var x = 0 }\n");

        try (IsolatedClassLoader loader = lintIn(model)) {
            assertThat(SWIFT_READER).noneMatch(loader::loaded);
        }
    }

    @Test
    void aFolderWhoseSwiftMentionsNoSwiftDataLoadsNoSwiftReader() throws Exception {
        SyntheticModel.typical().writeTo(dir.resolve("App/Model.xcdatamodel"));
        Files.writeString(dir.resolve("App/Helpers.swift"), "func shout(_ s: String) -> String { s.uppercased() }\n");

        try (IsolatedClassLoader loader = lintIn(dir)) {
            assertThat(SWIFT_READER).noneMatch(loader::loaded);
        }
    }

    @Test
    void aFolderWithSwiftDataLoadsIt() throws Exception {
        Files.createDirectories(dir.resolve("App"));
        Files.writeString(dir.resolve("App/Item.swift"), "import SwiftData\n@Model final class Item { var x = 0 }\n");

        try (IsolatedClassLoader loader = lintIn(dir)) {
            assertThat(SWIFT_READER).allMatch(loader::loaded);
        }
    }
}
