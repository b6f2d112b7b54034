package dev.cdlint.report;

import dev.cdlint.lint.ModelSummary.RecordTypeSummary;
import dev.cdlint.lint.ModelSummary;
import dev.cdlint.mapping.ComparedField;
import dev.cdlint.mapping.Creation;
import dev.cdlint.mapping.FieldStatus;
import dev.cdlint.mapping.RecordTypeComparison;
import dev.cdlint.rules.RecordTypeFieldLimit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The HTML report's record-type sections: each record type's fields against CloudKit's limit and production's
 * schema, and the changes since the deployed model, breaking ones first.
 */
final class HtmlRecordTypes {

    private HtmlRecordTypes() {}

    /**
     * Each record type: its fields, as the mirror counts them, against CloudKit's 256 and the warning level, and,
     * with a production schema, its fields against production's side by side.
     */
    static void fields(Html html, String group, ModelSummary.RecordTypes summary,
            Optional<String> schema) {
        if (summary.types().isEmpty()) {
            return;
        }
        int limit = RecordTypeFieldLimit.CLOUDKIT_LIMIT;
        html.raw("<h3 id=\"").raw(Html.anchor("types-", group)).raw("\">Record types</h3>\n<p class=\"muted\">Fields"
                + " as the mirror counts them: six system fields, CD_entityName, the move receipt pair, and every mirrored attribute (with its asset companion) and"
                + " to-one relationship of the hierarchy. CloudKit allows ").number(limit)
                .raw(" (the mark at the end)");
        summary.warnAbove().ifPresent(n -> html.raw("; record-type-field-limit warns above ").number(n)
                .raw(" (the mark in the warning colour)"));
        html.raw(".");
        schema.ifPresent(file -> {
            html.raw(" Against the production schema <code>").text(file).raw("</code>: each field the model writes,"
                    + " deployed or not, and each field production has that no entity writes, in these colours: ");
            // The legend is written once; each row says its counts in words, so colour is never the only sign.
            for (Kind kind : Kind.values()) {
                html.key(kind.css, kind.label).raw(kind.ordinal() < Kind.values().length - 1 ? ", " : "");
            }
        });
        html.raw("</p>\n<table><thead><tr><th scope=\"col\">Record type</th><th scope=\"col\">Configurations</th>"
                + "<th scope=\"col\" class=\"num\">Fields</th><th scope=\"col\">Of ").number(limit).raw("</th>");
        if (schema.isPresent()) {
            html.raw("<th scope=\"col\">Against the production schema</th>");
        }
        html.raw("</tr></thead><tbody>\n");
        for (RecordTypeSummary type : summary.types()) {
            html.raw("<tr><th scope=\"row\"><code>").text(type.type().name()).raw("</code>");
            if (type.production().filter(c -> !c.deployed()).isPresent()) {
                html.raw("<div class=\"sev-error\">not in production</div>");
            }
            html.raw("</th><td>").text(String.join(", ", type.configurations())).raw("</td>");
            int count = type.type().fields().size();
            if (type.type().rootEntity() == null) {
                // CDMR: a fixed set of fields the limit never concerns.
                html.raw("<td class=\"num\">").number(count).raw("</td><td class=\"muted\">fixed</td>");
            } else {
                boolean close = summary.warnAbove().isPresent() && count > summary.warnAbove().getAsInt();
                html.raw("<td class=\"num\">").number(count).raw(count > limit ? " (over)" : close ? " (close)" : "")
                        .raw("</td><td>").budget(count, limit, summary.warnAbove()).raw("</td>");
            }
            if (schema.isPresent()) {
                html.raw("<td>");
                type.production().ifPresent(comparison -> comparison(html, comparison));
                html.raw("</td>");
            }
            html.raw("</tr>\n");
        }
        html.raw("</tbody></table>\n");
    }

    /** How a report names each status, with the CSS class that colours it. */
    private enum Kind {
        DEPLOYED("deployed", "deployed"),
        UNDEPLOYED("undeployed", "undeployed"),
        LAZY("lazy", "undeployed, created lazily"),
        TYPE_MISMATCHED("type-mismatched", "another type"),
        ENCRYPTION_MISMATCHED("encryption-mismatched", "another encryption"),
        ORPHANED("orphaned", "orphaned");

        final String css;
        final String label;

        Kind(String css, String label) {
            this.css = css;
            this.label = label;
        }

        static Kind of(ComparedField field) {
            return switch (field.status()) {
                case DEPLOYED -> DEPLOYED;
                case UNDEPLOYED -> field.field().creation() == Creation.LAZY ? LAZY : UNDEPLOYED;
                case TYPE_MISMATCHED -> TYPE_MISMATCHED;
                case ENCRYPTION_MISMATCHED -> ENCRYPTION_MISMATCHED;
                case ORPHANED -> ORPHANED;
            };
        }
    }

    /** One record type's fields against production's side by side, and the names of those not in step. */
    private static void comparison(Html html, RecordTypeComparison comparison) {
        Map<Kind, List<ComparedField>> byKind = new TreeMap<>();
        for (Kind kind : Kind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        comparison.fields().forEach(f -> byKind.get(Kind.of(f)).add(f));
        html.stacked(byKind.entrySet().stream().map(e -> new Html.Segment(e.getKey().css, e.getValue().size()))
                .toList()).raw("<div>").text(byKind.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                        .map(e -> e.getValue().size() + " " + e.getKey().label).collect(Collectors.joining(", ")))
                .raw("</div>");
        List<Kind> outOfStep = byKind.keySet().stream().filter(k -> k != Kind.DEPLOYED && !byKind.get(k).isEmpty())
                .toList();
        if (!outOfStep.isEmpty()) {
            html.raw("<details><summary>Fields not in step</summary>");
            for (Kind kind : outOfStep) {
                html.raw("<div><strong>").text(kind.label).raw(":</strong> ");
                List<ComparedField> fields = byKind.get(kind);
                for (int i = 0; i < fields.size(); i++) {
                    html.raw(i == 0 ? "" : ", ").raw("<code>").text(fields.get(i).name()).raw("</code>")
                            .text(" " + types(fields.get(i)));
                }
                html.raw("</div>");
            }
            html.raw("</details>");
        }
    }

    /** "(STRING)", "(model STRING, production INT64)": the types a field has on each side that has it. */
    private static String types(ComparedField field) {
        if (field.field() == null) {
            return "(" + field.deployed() + ")";
        }
        if (field.deployed() == null || field.status() == FieldStatus.DEPLOYED) {
            return "(" + field.field().type() + ")";
        }
        return "(model " + field.field().type() + ", CloudKit " + field.deployed() + ")";
    }

    /** One change since the deployed model, for a row of the table that lists breaking ones first. */
    private record Change(int rank, String what, String recordType, String field, String before, String now,
            String consequence) {}

    /** What changed since the deployed model, per field, breaking changes first. */
    static void changes(Html html, ModelSummary.RecordTypes summary, String label) {
        List<Change> changes = new ArrayList<>();
        for (RecordTypeSummary type : summary.types()) {
            type.deployedModel().ifPresent(comparison -> {
                String name = type.type().name();
                if (!comparison.deployed()) {
                    changes.add(new Change(1, "record type added", name, "", "—", comparison.fields().size()
                            + " fields", "deploy the schema before this version ships"));
                    return;
                }
                for (ComparedField field : comparison.fields()) {
                    String before = field.deployed() == null ? "—" : field.deployed().toString();
                    String now = field.field() == null ? "—" : field.field().type().toString();
                    switch (field.status()) {
                        case TYPE_MISMATCHED -> changes.add(new Change(0, "type changed", name, field.name(), before,
                                now, "breaking: every save with a value for it fails"));
                        case ENCRYPTION_MISMATCHED -> changes.add(new Change(0, "encryption changed", name,
                                field.name(), before, now, "breaking: every save with a value for it fails"));
                        case UNDEPLOYED -> changes.add(new Change(2, "field added", name, field.name(), before, now,
                                field.field().creation() == Creation.LAZY ? "created lazily: initialise and deploy"
                                        : "deploy the schema before this version ships"));
                        case ORPHANED -> changes.add(new Change(3, "field removed", name, field.name(), before, now,
                                "stays in CloudKit; older versions keep writing it"));
                        case DEPLOYED -> { }
                    }
                }
            });
        }
        summary.removed().forEach(name -> changes.add(new Change(4, "record type no longer written", name,
                "", "record type", "—", "stays in CloudKit with its records")));
        changes.sort(Comparator.comparingInt(Change::rank));
        long breaking = changes.stream().filter(c -> c.rank() == 0).count();
        html.raw("<h3>Changes since the deployed model</h3>\n<p>Compared with <code>").text(label).raw("</code>: ")
                .text(changes.isEmpty() ? "no change to the record types." : Report.count(changes.size(), "change",
                        "changes") + ", " + breaking + " breaking, listed first.").raw("</p>\n");
        if (changes.isEmpty()) {
            return;
        }
        html.raw("<table><thead><tr><th scope=\"col\">Change</th><th scope=\"col\">Record type</th><th scope=\"col\">"
                + "Field</th><th scope=\"col\">Deployed</th><th scope=\"col\">Now</th><th scope=\"col\">What it means"
                + "</th></tr></thead><tbody>\n");
        for (Change change : changes) {
            html.raw("<tr><td>").raw(change.rank() == 0 ? "<strong class=\"sev-error\">" : "<span>")
                    .text(change.what()).raw(change.rank() == 0 ? "</strong>" : "</span>").raw("</td><td><code>")
                    .text(change.recordType()).raw("</code></td><td><code>").text(change.field())
                    .raw("</code></td><td>").text(change.before()).raw("</td><td>").text(change.now())
                    .raw("</td><td>").text(change.consequence()).raw("</td></tr>\n");
        }
        html.raw("</tbody></table>\n");
    }
}
