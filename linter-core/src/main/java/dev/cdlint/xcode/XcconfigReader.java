package dev.cdlint.xcode;

import dev.cdlint.source.Excerpt;
import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an .xcconfig file into one {@link SettingsLevel}, its includes in place: {@code NAME = value} lines,
 * {@code //} comments (Xcode takes every {@code //} as one, even inside a value), {@code #include "path"} searched
 * from the including file's folder, and {@code #include?}, skipped in silence when the file is missing (a local
 * signing override). Per Apple's Xcode help on configuration settings files and Swift Build's
 * {@code MacroConfigFileParser}.
 */
public final class XcconfigReader {

    /** Far above any real configuration file. */
    static final long MAX_BYTES = 4L * 1024 * 1024;
    /** Includes deeper than this are a loop or an attack. */
    static final int MAX_INCLUDE_DEPTH = 32;

    private static final Pattern INCLUDE = Pattern.compile("^#include(\\?)?\\s*\"([^\"]*)\"\\s*$");
    private static final Pattern SETTING = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*(?:\\s*\\[[^\\]]*\\])*)\\s*=(.*)$");

    private XcconfigReader() {}

    /**
     * The file's settings, included files' settings where they are included.
     *
     * @param tree includes outside it are not followed
     * @param problems receives an include that cannot be found or read; the rest is still read
     * @throws InputException when the file itself cannot be read
     */
    public static SettingsLevel read(Path file, InsideTree tree, List<InputException> problems) {
        List<Assignment> assignments = new ArrayList<>();
        read(file, tree, problems, assignments, new HashSet<>(), 0);
        return new SettingsLevel(String.valueOf(file.getFileName()), assignments);
    }

    /**
     * The settings of an .xcconfig a project names, or none when it is missing (said in {@code problems}, unless a
     * dependency manager generates it) or unreadable (said too).
     *
     * @param reference where the project names the file, for the problem
     */
    public static SettingsLevel readNamed(Path file, String written, SourceLocation reference, InsideTree tree,
            List<InputException> problems) {
        Optional<Path> readable = tree.file(file);
        if (readable.isEmpty()) {
            if (!InsideTree.generatedByDependencyManager(written)) {
                problems.add(new InputException(reference, "the configuration file " + quoted(written)
                        + " is not in the repository; its settings are unknown"));
            }
            return SettingsLevel.EMPTY;
        }
        try {
            return read(readable.get(), tree, problems);
        } catch (InputException unreadable) {
            problems.add(unreadable);
            return SettingsLevel.EMPTY;
        }
    }

    private static void read(Path file, InsideTree tree, List<InputException> problems, List<Assignment> into,
            Set<Path> open, int depth) {
        Path key = file.toAbsolutePath().normalize();
        if (!open.add(key)) {
            throw new InputException(SourceLocation.ofFile(file), "the file includes itself");
        }
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = withoutComment(lines.get(i)).strip();
            SourceLocation at = new SourceLocation(file, i + 1, 1);
            if (line.isEmpty()) {
                continue;
            }
            Matcher include = INCLUDE.matcher(line);
            if (include.matches()) {
                boolean optional = include.group(1) != null;
                String name = include.group(2);
                if (depth >= MAX_INCLUDE_DEPTH) {
                    problems.add(new InputException(at, "includes nested more than " + MAX_INCLUDE_DEPTH
                            + " deep; not followed"));
                    continue;
                }
                Optional<Path> included = name.isEmpty() ? Optional.<Path>empty()
                        : InsideTree.resolve(file.toAbsolutePath().getParent(), name).flatMap(tree::file);
                if (included.isEmpty()) {
                    if (!optional && !InsideTree.generatedByDependencyManager(name)) {
                        problems.add(new InputException(at, "the included file " + quoted(name)
                                + " is not in the repository; its settings are unknown"));
                    }
                    continue;
                }
                try {
                    read(included.get(), tree, problems, into, open, depth + 1);
                } catch (InputException unreadable) {
                    problems.add(unreadable);
                }
                continue;
            }
            Matcher setting = SETTING.matcher(line);
            if (setting.matches()) {
                String value = setting.group(2).strip();
                if (value.endsWith(";")) {
                    value = value.substring(0, value.length() - 1).strip();
                }
                into.add(Assignment.parse(setting.group(1), value, at));
            }
        }
        open.remove(key);
    }

    private static List<String> lines(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(SourceLocation.ofFile(file), "the file holds " + size + " bytes; cdlint"
                        + " reads configuration files of at most " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            // Lenient decoding: one odd byte in a comment must not hide the settings around it.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(file), "cannot read the file: " + IoReasons.of(e), e);
        }
    }

    private static String withoutComment(String line) {
        int comment = line.indexOf("//");
        return comment < 0 ? line : line.substring(0, comment);
    }

    private static String quoted(String text) {
        return Excerpt.quoted(text, 120);
    }
}
