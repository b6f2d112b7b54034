package dev.cdlint.cli;

import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.CkdbWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "format", mixinStandardHelpOptions = true,
        description = "Prints a .ckdb schema in the layout 'cktool export-schema' writes (sorted, aligned, grants"
                + " merged), so a hand-edited schema can be reviewed as a diff against an export.")
final class FormatCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The .ckdb file.")
    Path file;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        output.write(CkdbWriter.write(CkdbParser.parse(file)), List.of(file));
        return Main.OK;
    }
}
