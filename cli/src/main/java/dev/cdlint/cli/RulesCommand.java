package dev.cdlint.cli;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.report.RuleDocs;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every rule with its default severity and summary.")
final class RulesCommand implements Callable<Integer> {

    enum Format { text, markdown, json }

    @Option(names = "--format", paramLabel = "F", defaultValue = "text",
            description = "text, markdown (the rule reference, docs/rules.md) or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        output.write(switch (format) {
            case text -> RuleDocs.table(Catalog.all());
            case markdown -> RuleDocs.markdown(Catalog.all());
            case json -> RuleDocs.json(Catalog.all());
        }, List.of());
        return Main.OK;
    }
}
