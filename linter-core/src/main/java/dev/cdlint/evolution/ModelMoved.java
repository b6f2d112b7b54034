package dev.cdlint.evolution;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import java.util.Objects;

/**
 * Says which model of the revision a model that is not at its own path there was compared with ({@link GitRevision}
 * looks for it by name and by entities), or that none was found. Reported once, on the model.
 */
@RuleInfo(
        id = "evolution-model-moved",
        severity = Severity.INFO,
        summary = "The model is not at its path in the deployed revision: which model there it was compared with",
        rationale = "With --against-ref a model is compared with itself at the revision, but a model moved or renamed"
                + " since is not at its path there. Compared with nothing, every record type would be new and a"
                + " breaking change would pass; compared with the wrong model, changes would be reported that never"
                + " happened. So cdlint looks among the revision's models that are gone from the work tree for one"
                + " with the same folder name, then for one with at least half of its entities, and says which it"
                + " chose, or that it found none and treats the model as new.",
        source = Sources.CLOUDKIT + "#evolution; git-ls-tree(1)",
        runtimeError = "None by itself; the other evolution findings depend on the model compared with",
        fix = "Nothing, if the model named is the one production was deployed from. Otherwise compare with the right"
                + " one: git show REF:path/to/contents > deployed.xcdatamodel/contents, then --against-model"
                + " deployed.xcdatamodel.",
        example = "git mv App/Notes.xcdatamodeld App/Journal.xcdatamodeld; cdlint check App/Journal.xcdatamodeld"
                + " --against-ref v2.3.0")
public final class ModelMoved implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        context.deployed().map(deployed -> deployed.model().located()).filter(Objects::nonNull)
                .ifPresent(how -> context.report(context.version().location(), null, null, how));
    }
}
