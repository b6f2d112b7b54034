package dev.cdlint.maven;

import dev.cdlint.config.LintConfig;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.Linter;
import dev.cdlint.lint.SwiftModels;
import dev.cdlint.mapping.CheckedConfiguration;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.swift.SwiftDataModel;
import dev.cdlint.model.xml.ModelFinder;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.schema.CkdbWriter;
import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the CloudKit schema each model's checked configurations produce, as {@code <model>.ckdb} under the output
 * directory: what {@code initializeCloudKitSchema()} would create, ready to diff with production or import.
 */
@Mojo(name = "schema", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class SchemaMojo extends CdlintMojo {

    @Override
    protected void execute(List<Path> models, Linter linter) throws MojoExecutionException {
        for (Path modelPath : models) {
            String name = modelPath.getFileName().toString();
            if (Files.isDirectory(modelPath) && ModelFinder.modelOf(modelPath).equals(modelPath)
                    && !name.endsWith(".xcdatamodeld") && !name.endsWith(".xcdatamodel")) {
                writeSwiftData(modelPath);
                continue;
            }
            try {
                DataModel model = ModelReader.read(modelPath);
                LintConfig config = linter.configFor(modelPath,
                        new LintRequest(List.of(modelPath), configFile(), null, scopes()));
                List<CheckedConfiguration> stores = config.checkedConfigurations(model.current());
                if (stores.isEmpty()) {
                    stores = List.of(new CheckedConfiguration(model.current().configurations().get(0),
                            DatabaseScope.PRIVATE));
                }
                String schema = CkdbWriter.write(Mirror.containerSchema(stores.stream()
                        .map(s -> Mirror.of(model.current(), s.configuration(), s.scope())).toList()));
                Path file = outputDirectory().resolve(model.name() + ".ckdb");
                List<Path> inputs = new ArrayList<>(List.of(modelPath));
                Optional.ofNullable(config.file()).ifPresent(inputs::add);
                // The production export it names is the next check's input: never replaced by a generated one.
                Optional.ofNullable(config.schema()).ifPresent(inputs::add);
                OutputFile.check(file, inputs).write(schema);
                getLog().info("cdlint: wrote " + file.toAbsolutePath().normalize());
            } catch (InputException e) {
                throw new MojoExecutionException(e.describe(), e);
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write the schema: " + IoReasons.of(e), e);
            }
        }
    }

    /** One {@code <model>.ckdb} per SwiftData model under the folder whose code syncs it. */
    private void writeSwiftData(Path folder) throws MojoExecutionException {
        try {
            for (SwiftDataModel model : SwiftModels.at(folder)) {
                if (model.model().current().configurations().stream().noneMatch(Configuration::usedWithCloudKit)) {
                    continue;
                }
                Path file = outputDirectory().resolve(model.model().name() + ".ckdb");
                OutputFile.check(file, model.files()).write(CkdbWriter.write(SwiftModels.schema(List.of(model), null)));
                getLog().info("cdlint: wrote " + file.toAbsolutePath().normalize());
            }
        } catch (InputException e) {
            throw new MojoExecutionException(e.describe(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the schema: " + IoReasons.of(e), e);
        }
    }
}
