package dev.cdlint.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * Keeps file names such as {@code .ckdb} and {@code .cdlint.yml} whole in help texts. picocli wraps lines where
 * {@link java.text.BreakIterator} allows, which includes after a dot before a letter, so "a .ckdb file" could
 * come out as "a ." at the end of one line and "ckdb file" at the start of the next. A dot that begins a word and
 * ends a line is moved to the start of the next line, in front of the rest of its name.
 */
final class HelpText {

    /** A line ending with a dot that starts a word (after a space, an opening bracket or a quote). */
    private static final Pattern DANGLING_DOT = Pattern.compile("(?<=[\\s(\\['\"])\\.$");
    private static final Pattern LEADING_SPACE = Pattern.compile("^(\\s*)(\\S)");

    private HelpText() {}

    /** Wraps every help section renderer of the command and its subcommands. */
    static void keepFileNamesWhole(CommandLine command) {
        Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>();
        command.getHelpSectionMap().forEach((key, renderer) -> sections.put(key, help -> repair(renderer.render(help))));
        command.setHelpSectionMap(sections);
        command.getSubcommands().values().forEach(HelpText::keepFileNamesWhole);
    }

    static String repair(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i + 1 < lines.length; i++) {
            Matcher next = LEADING_SPACE.matcher(lines[i + 1]);
            if (DANGLING_DOT.matcher(lines[i]).find() && next.find() && Character.isLetter(next.group(2).charAt(0))) {
                lines[i] = lines[i].substring(0, lines[i].length() - 1).stripTrailing();
                lines[i + 1] = next.group(1) + "." + lines[i + 1].substring(next.group(1).length());
            }
        }
        return String.join("\n", lines);
    }
}
