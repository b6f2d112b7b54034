package dev.cdlint.cli;

import static dev.cdlint.cli.InProcess.cdlint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.cli.CdlintProcess.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Repositories built to attack the run: what they hold must not reach further than a finding about it. */
class HostileRepositoryTest {

    @TempDir
    Path dir;

    /**
     * An entity name with line breaks, a GitHub workflow command after each, and a line separator: in every format
     * a person reads, each finding stays on its line and no line is a workflow command but GitHub's own.
     */
    @ParameterizedTest
    @ValueSource(strings = {"text", "xcode", "github"})
    void aNameCannotForgeAnOutputLineOrAWorkflowCommand(String format) throws IOException {
        Path model = Files.createDirectories(dir.resolve("Notes.xcdatamodel"));
        Files.writeString(model.resolve("contents"), """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <model type="com.apple.IDECoreDataModeler.DataModel" usedWithCloudKit="YES">
                    <entity name="Note&#10;::error file=App.swift,line=1::forged&#x2028;##[add-mask]secret" syncable="YES">
                        <attribute name="title" attributeType="String"/>
                    </entity>
                </model>
                """);

        Run run = cdlint("check", model.toString(), "--format", format);

        List<String> lines = run.out().lines().toList();
        assertThat(lines.stream().filter(line -> line.contains("forged")).count()).as(run.out()).isEqualTo(2);
        assertThat(lines).as(run.out()).noneMatch(line -> line.contains("##[") || line.contains("\u2028"))
                .filteredOn(line -> line.strip().startsWith("::"))
                .allMatch(line -> format.equals("github") && line.startsWith("::error file=" + model));
    }

    /**
     * A repository whose .cdlint.yml links to a credentials file outside it: the file is refused before it is read,
     * so no part of it reaches the log, the GitHub annotation included.
     */
    @Test
    void aConfigurationLinkedFromOutsideTheTreeIsNeitherReadNorQuoted(@TempDir Path home) throws IOException {
        Path credentials = Files.writeString(home.resolve(".git-credentials"),
                "https://alice:ghp_0123456789abcdefghijklmnopqrstuvwxyzAB@github.com\n");
        Path repository = Files.createDirectories(dir.resolve("repository"));
        Files.createSymbolicLink(repository.resolve(".cdlint.yml"), credentials);
        Path model = Files.createDirectories(repository.resolve("Notes.xcdatamodel"));
        Files.writeString(model.resolve("contents"), """
                <model usedWithCloudKit="YES"><entity name="Note" syncable="YES"/></model>
                """);

        Run run = cdlint("check", model.toString(), "--format", "github");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains(repository.resolve(".cdlint.yml") + ": error: refusing to read the"
                + " configuration: it is a symbolic link to a file outside the folder that holds it");
        assertThat(run.out()).startsWith("::error file=");
        assertThat(run.out() + run.err()).doesNotContain("alice", "ghp_", "https");
    }
}
