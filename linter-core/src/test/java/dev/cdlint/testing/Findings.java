package dev.cdlint.testing;

import dev.cdlint.finding.Finding;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How fixtures and their tests name a finding: where it points, which check, which element. */
public final class Findings {

    private Findings() {}

    /** {@code Entity.property}, {@code Entity}, else {@code CD_Type.CD_field}, {@code CD_Type} or {@code CD_field}, else "". */
    public static String element(Finding finding) {
        if (finding.elementName() != null) {
            return finding.elementName();
        }
        return Stream.of(finding.recordType(), finding.field()).filter(Objects::nonNull)
                .collect(Collectors.joining("."));
    }

    public static String key(Finding finding) {
        return key(finding.location().file(), finding.location().line(), finding.rule(), element(finding));
    }

    public static String key(Path file, int line, String rule, String element) {
        return file.toAbsolutePath().normalize() + ":" + line + " " + rule + " \"" + element + "\"";
    }
}
