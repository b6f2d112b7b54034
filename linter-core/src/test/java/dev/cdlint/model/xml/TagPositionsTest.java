package dev.cdlint.model.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Positions are where the XML parser sees them, for every encoding and line-break convention XML allows: the same
 * model, written each way, puts each element at the same line and column.
 */
class TagPositionsTest {

    @TempDir
    Path dir;

    /** The model, with its line breaks to fill in; Note opens at 3:5, its attribute at 4:9, Folder at 6:5. */
    private static final String MODEL = String.join("%1$s", "<?xml version=\"%2$s\" encoding=\"%3$s\"?>", "<model>",
            "    <entity name=\"Note\">", "        <attribute name=\"title\" attributeType=\"String\"/>", "    </entity>",
            "    <entity name=\"Folder\"/>", "</model>", "");

    static Stream<Arguments> conventions() {
        List<Arguments> all = new ArrayList<>();
        for (String lineBreak : List.of("\n", "\r\n", "\r")) {
            for (String encoding : List.of("UTF-8", "UTF-16BE", "UTF-16LE", "ISO-8859-1", "UTF-32BE")) {
                all.add(Arguments.of("1.0", lineBreak, encoding, false));
            }
            all.add(Arguments.of("1.0", lineBreak, "UTF-8", true));
            all.add(Arguments.of("1.0", lineBreak, "UTF-16BE", true));
            all.add(Arguments.of("1.0", lineBreak, "UTF-16LE", true));
        }
        for (String lineBreak : List.of("\u0085", "\r\u0085", "\u2028")) {
            all.add(Arguments.of("1.1", lineBreak, "UTF-8", false));
            all.add(Arguments.of("1.1", lineBreak, "UTF-16LE", false));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "XML {0}, line break {1}, {2}, byte order mark: {3}")
    @MethodSource("conventions")
    void everyConventionGivesTheSamePositions(String version, String lineBreak, String encoding, boolean bom)
            throws IOException {
        Charset charset = Charset.forName(encoding);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write("\uFEFF".getBytes(charset));
        }
        bytes.write(MODEL.formatted(lineBreak, version, encoding.startsWith("UTF-16") ? "UTF-16" : encoding)
                .getBytes(charset));

        ModelVersion model = read(bytes.toByteArray());

        assertThat(positions(model)).containsExactly("Note 3:5", "title 4:9", "Folder 6:5");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE"})
    void aByteOrderMarkInsideALineIsACharacterLikeAnyOther(String encoding) throws IOException {
        String text = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n<model><entity name=\"Note\"/>\uFEFF"
                + "<entity name=\"Folder\"/>\uFEFF\uFEFF<entity name=\"Tag\"/></model>";

        ModelVersion model = read(text.getBytes(Charset.forName(encoding)));

        assertThat(positions(model)).containsExactly("Note 2:8", "Folder 2:30", "Tag 2:55");
    }

    private ModelVersion read(byte[] contents) throws IOException {
        Path file = Files.write(Files.createDirectories(dir.resolve("Model.xcdatamodel")).resolve("contents"),
                contents);
        return ContentsReader.read(file, "Model");
    }

    private static List<String> positions(ModelVersion model) {
        List<String> positions = new ArrayList<>();
        for (Entity entity : model.entities()) {
            positions.add(entity.name() + " " + entity.location().line() + ":" + entity.location().column());
            entity.attributes().forEach(a -> positions.add(a.name() + " " + a.location().line() + ":"
                    + a.location().column()));
        }
        return positions;
    }
}
