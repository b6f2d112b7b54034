package dev.cdlint.cli;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.check.Check;
import dev.cdlint.report.RuleDocs;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains a rule: what it checks, why, the runtime error it prevents, how to fix it, and an"
                + " example.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, as 'cdlint rules' lists them.")
    String ruleId;

    @Override
    public Integer call() {
        Check rule = Catalog.byId(ruleId).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no rule '" + ruleId + "'; 'cdlint rules' lists them"));
        spec.commandLine().getOut().print(RuleDocs.explain(rule));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
