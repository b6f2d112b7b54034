package dev.cdlint.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints a {@link Schema} in the layout {@code cktool export-schema} produces (docs/ckdb.md#export-layout), so that
 * a written schema diffs cleanly against a real export:
 * <ul>
 *   <li>{@code DEFINE SCHEMA}, then each statement after one blank line, indented 4; roles first, then record
 *       types sorted by unquoted name in byte order. The order among several roles is not observed;
 *       they are sorted the same way.</li>
 *   <li>Fields first, sorted by unquoted name, each name (quotes included) padded to the longest name of the record
 *       type plus one; options as {@code QUERYABLE SEARCHABLE SORTABLE}.</li>
 *   <li>Grants last, one line per role with all its grants merged, roles sorted by <em>unquoted</em> name in byte
 *       order, permissions as {@code READ, CREATE, WRITE}. Sorting on the unquoted name is what puts
 *       {@code CirclesAppUser} before {@code "_creator"} and {@code dev} after {@code "_world"}; sorting on the
 *       printed name would put every quoted role first.</li>
 *   <li>A comma after every element but the last, {@code );} to close, {@code \n} line endings.</li>
 *   <li>Names are quoted when Apple's rule for bare names rejects them: not starting with an ASCII letter (so
 *       every {@code _} system name), holding anything but letters, digits and {@code _}, or a reserved word in any
 *       case (docs/ckdb.md#names).</li>
 * </ul>
 * A record type with no elements never occurs in an export (every exported type lists the system fields);
 * it is written as {@code RECORD TYPE X (} and {@code );} on two lines. A schema with no statements is just
 * {@code DEFINE SCHEMA}. Comments are not kept, as CloudKit does not keep them either (docs/ckdb.md#comments).
 */
public final class CkdbWriter {

    private static final String STATEMENT_INDENT = "    ";
    private static final String ELEMENT_INDENT = "        ";

    private CkdbWriter() {
    }

    public static String write(Schema schema) {
        StringBuilder out = new StringBuilder("DEFINE SCHEMA\n");
        schema.roles().stream().sorted(Names.EXPORT_ORDER).forEach(role -> out.append('\n')
                .append(STATEMENT_INDENT).append("CREATE ROLE ").append(Names.spelled(role)).append(";\n"));
        schema.recordTypes().stream()
                .sorted(Comparator.comparing(RecordType::name, Names.EXPORT_ORDER))
                .forEach(recordType -> out.append('\n').append(recordType(recordType)));
        return out.toString();
    }

    private static String recordType(RecordType recordType) {
        List<String> elements = new ArrayList<>(fieldLines(recordType.fields()));
        recordType.permissionsByRole().forEach((role, permissions) -> elements.add(grantLine(role, permissions)));
        StringBuilder out = new StringBuilder(STATEMENT_INDENT).append("RECORD TYPE ")
                .append(Names.spelled(recordType.name())).append(" (\n");
        for (int i = 0; i < elements.size(); i++) {
            out.append(ELEMENT_INDENT).append(elements.get(i)).append(i < elements.size() - 1 ? ",\n" : "\n");
        }
        return out.append(STATEMENT_INDENT).append(");\n").toString();
    }

    private static List<String> fieldLines(List<Field> fields) {
        int width = fields.stream().mapToInt(f -> length(Names.spelled(f.name()))).max().orElse(0) + 1;
        return fields.stream()
                .sorted(Comparator.comparing(Field::name, Names.EXPORT_ORDER))
                .map(field -> {
                    String name = Names.spelled(field.name());
                    StringBuilder line = new StringBuilder(name).append(" ".repeat(width - length(name)))
                            .append(field.type().ckdb());
                    field.options().forEach(option -> line.append(' ').append(option));
                    return line.toString();
                })
                .toList();
    }

    private static String grantLine(String role, Set<Permission> permissions) {
        return "GRANT " + permissions.stream().map(Permission::name).collect(Collectors.joining(", "))
                + " TO " + Names.spelled(role);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
