package dev.cdlint.cli;

import dev.cdlint.report.RuleDocs;
import dev.cdlint.rules.RuleCatalog;
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
            case text -> RuleDocs.table(RuleCatalog.all());
            case markdown -> RuleDocs.markdown(RuleCatalog.all());
            case json -> RuleDocs.json(RuleCatalog.all());
        }, List.of());
        return Main.OK;
    }
}
