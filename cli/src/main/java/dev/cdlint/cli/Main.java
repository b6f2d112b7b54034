package dev.cdlint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "cdlint", mixinStandardHelpOptions = true, version = "cdlint 0.1.0-SNAPSHOT",
        description = "Lints Core Data models that sync through CloudKit.")
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
