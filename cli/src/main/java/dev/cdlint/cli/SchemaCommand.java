package dev.cdlint.cli;

import dev.cdlint.config.ConfigReader;
import dev.cdlint.lint.SwiftModels;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.swift.SwiftDataModel;
import dev.cdlint.model.xml.ModelFinder;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.schema.CkdbWriter;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the CloudKit schema (.ckdb) that NSPersistentCloudKitContainer creates for a model's"
                + " configuration: review it in a pull request, diff it with production, or import it with cktool"
                + " instead of running initializeCloudKitSchema() on a device.")
final class SchemaCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MODEL", description = "A .xcdatamodeld bundle, a .xcdatamodel folder or a contents"
            + " file (the bundle's current version is used); or a Swift file or folder of SwiftData @Model classes,"
            + " whose synced configurations are printed as one container schema.")
    Path model;

    @Option(names = "--configuration", paramLabel = "NAME", defaultValue = Configuration.DEFAULT,
            description = "The configuration to mirror (default: ${DEFAULT-VALUE}).")
    String configuration;

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "private", converter = ScopeConverter.class,
            description = "The database the store syncs to: private, public or shared (default: ${DEFAULT-VALUE})."
                    + " Public adds the indexes and grants that scope needs.")
    DatabaseScope scope;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        if (SwiftModels.isSwiftPath(model)) {
            List<SwiftDataModel> models = SwiftModels.at(model);
            if (models.isEmpty()) {
                throw new InputException(SourceLocation.ofFile(model), "no SwiftData @Model class here");
            }
            String wanted = configuration.equals(Configuration.DEFAULT) ? null : configuration;
            List<Path> inputs = new ArrayList<>(List.of(model));
            models.forEach(m -> inputs.addAll(m.files()));
            protectConfiguration(model, inputs);
            output.write(CkdbWriter.write(SwiftModels.schema(models, wanted)), inputs);
            return Main.OK;
        }
        DataModel data = ModelReader.read(ModelFinder.modelOf(model));
        Configuration target = data.current().configuration(configuration).orElseThrow(() -> new InputException(
                SourceLocation.ofFile(data.path()), "the model has no configuration named '" + configuration
                        + "'; it has " + data.current().configurations().stream().map(Configuration::name).toList()));
        List<Path> inputs = new ArrayList<>(List.of(data.path()));
        protectConfiguration(data.path(), inputs);
        output.write(CkdbWriter.write(Mirror.of(data.current(), target, scope).toSchema()), inputs);
        return Main.OK;
    }

    /**
     * Not read to print the schema, but the next check reads them: the output must not replace the production export
     * that .cdlint.yml names, nor the file itself.
     */
    private void protectConfiguration(Path modelPath, List<Path> inputs) {
        if (output.file != null) {
            ConfigReader.find(modelPath).map(ConfigReader::read).ifPresent(config -> {
                inputs.add(config.file());
                Optional.ofNullable(config.schema()).ifPresent(inputs::add);
            });
        }
    }
}
