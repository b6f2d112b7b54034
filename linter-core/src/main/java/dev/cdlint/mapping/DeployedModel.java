package dev.cdlint.mapping;

import dev.cdlint.model.Configuration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The model production was deployed from: another model file ({@code --against-model}) or the same model at a git
 * revision ({@code --against-ref}). The evolution rules compare the current model with it.
 *
 * @param version the deployed version; without entities when the model did not exist then
 * @param label how findings name it: the revision ({@code origin/main}) or the file
 * @param located when the model was not at its own path in the revision: which model there it was compared with
 *     and why, or that none was found, as a sentence for {@code evolution-model-moved}; null otherwise
 */
public record DeployedModel(ModelVersion version, String label, String located) {

    public DeployedModel(ModelVersion version, String label) {
        this(version, label, null);
    }

    public static DeployedModel of(DataModel model, String label) {
        return new DeployedModel(model.current(), label);
    }

    /** A model that did not exist at the revision: everything in the current model is new to CloudKit. */
    public static DeployedModel absent(Path shownAs, String label) {
        SourceLocation at = SourceLocation.ofFile(shownAs);
        return new DeployedModel(new ModelVersion("(absent)", false, List.of(),
                List.of(new Configuration(Configuration.DEFAULT, Set.of(), false, true, at)), List.of(), at), label);
    }

    /** The same model, with how it was found when it was not at its own path. */
    public DeployedModel withLocated(String how) {
        return new DeployedModel(version, label, how);
    }
}
