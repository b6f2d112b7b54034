package dev.cdlint.wiring;

import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.model.swift.ContainerSite;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test stand-in for the Swift reader's container result, until that reader is on main: it recognises, line by
 * line, the few literal call shapes the wiring fixtures and corpus cases use. It is not a Swift reader and is not
 * shipped; the adapter over {@code dev.cdlint.swift} replaces it.
 */
// TODO(swift): delete, with its META-INF/services registration, once the Swift reader's adapter is wired in.
public final class StandInContainerCode implements SwiftCode {

    private static final Pattern CORE_DATA = Pattern.compile("=\\s*NSPersistentCloudKitContainer\\(name:\\s*\"([^\"]*)\"");
    private static final Pattern OPTIONS = Pattern.compile(
            "NSPersistentCloudKitContainerOptions\\(containerIdentifier:\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(\\w+))");
    private static final Pattern LET_STRING = Pattern.compile("let\\s+(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern OPTIONS_NIL = Pattern.compile("cloudKitContainerOptions\\s*=\\s*nil");
    /** Options set on some path: a store that is nil on another path still mirrors on this one. */
    private static final Pattern OPTIONS_SET = Pattern.compile("cloudKitContainerOptions\\s*=\\s*(?!nil)\\w");
    private static final Pattern SCOPE = Pattern.compile("databaseScope\\s*=\\s*\\.(public|shared|private)");
    private static final Pattern SWIFTDATA = Pattern.compile("ModelConfiguration\\(");
    private static final Pattern SWIFTDATA_DATABASE = Pattern.compile(
            "cloudKitDatabase:\\s*\\.(none|automatic|private\\(\"([^\"]*)\"\\))");
    private static final Pattern CK_CONTAINER = Pattern.compile("CKContainer\\(identifier:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CK_DEFAULT = Pattern.compile("CKContainer\\.default\\(\\)");
    private static final Pattern SYNC_ENGINE = Pattern.compile("CKSyncEngine\\(");
    private static final Pattern GROUP = Pattern.compile(
            "forSecurityApplicationGroupIdentifier:\\s*\"([^\"]*)\"|groupContainer:\\s*\\.identifier\\(\"([^\"]*)\"\\)");
    private static final Pattern RUN_TIME_CHECK = Pattern.compile("SecTaskCopyValueForEntitlement");

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Found read(List<Path> swiftFiles) {
        List<ContainerSite> sites = new ArrayList<>();
        List<GroupUse> uses = new ArrayList<>();
        for (Path file : swiftFiles) {
            List<String> lines = lines(file);
            uses.addAll(groupUses(file, lines));
            String text = String.join("\n", lines);
            boolean checked = RUN_TIME_CHECK.matcher(text).find();
            boolean optionsNil = OPTIONS_NIL.matcher(text).find() && !OPTIONS_SET.matcher(text).find();
            Optional<DatabaseScope> scope = optionsNil ? Optional.of(DatabaseScope.NONE) : scope(text);
            Optional<String> option = containerOption(text);
            SourceLocation optionAt = null;
            for (int i = 0; i < lines.size() && optionAt == null; i++) {
                if (OPTIONS.matcher(lines.get(i)).find()) {
                    optionAt = new SourceLocation(file, i + 1, 0);
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith("//")) {
                    continue;
                }
                SourceLocation at = new SourceLocation(file, i + 1, 0);
                Matcher m = CORE_DATA.matcher(line);
                if (m.find()) {
                    sites.add(new ContainerSite(at, Api.CORE_DATA_CLOUDKIT, Optional.of(m.group(1)), option,
                            optionAt == null ? at : optionAt, scope, checked));
                }
                if (SWIFTDATA.matcher(line).find()) {
                    Matcher database = SWIFTDATA_DATABASE.matcher(line);
                    Optional<DatabaseScope> swiftDataScope = Optional.empty();
                    Optional<String> container = Optional.empty();
                    if (database.find()) {
                        swiftDataScope = switch (database.group(1)) {
                            case "none" -> Optional.of(DatabaseScope.NONE);
                            case "automatic" -> Optional.empty();
                            default -> Optional.of(DatabaseScope.PRIVATE);
                        };
                        container = Optional.ofNullable(database.group(2));
                    }
                    sites.add(new ContainerSite(at, Api.SWIFTDATA, Optional.empty(), container, at, swiftDataScope,
                            checked));
                }
                m = CK_CONTAINER.matcher(line);
                if (m.find()) {
                    sites.add(new ContainerSite(at, Api.CK_CONTAINER, Optional.empty(),
                            Optional.of(unescape(m.group(1))), at, Optional.empty(), checked));
                }
                if (CK_DEFAULT.matcher(line).find()) {
                    sites.add(new ContainerSite(at, Api.CK_CONTAINER_DEFAULT, Optional.empty(), Optional.empty(), at,
                            Optional.empty(), checked));
                }
                if (SYNC_ENGINE.matcher(line).find()) {
                    sites.add(new ContainerSite(at, Api.CK_SYNC_ENGINE, Optional.empty(), Optional.empty(), at,
                            Optional.empty(), checked));
                }
            }
        }
        return new Found(sites, uses);
    }

    private static List<GroupUse> groupUses(Path file, List<String> lines) {
        List<GroupUse> uses = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = GROUP.matcher(lines.get(i));
            if (m.find()) {
                uses.add(new GroupUse(new SourceLocation(file, i + 1, 0), m.group(1) != null ? m.group(1)
                        : m.group(2)));
            }
        }
        return uses;
    }

    private static Optional<DatabaseScope> scope(String text) {
        Matcher m = SCOPE.matcher(text);
        return m.find() ? Optional.of(DatabaseScope.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT)))
                : Optional.empty();
    }

    /** The container the file's options name: a literal, or a constant declared in the same file. */
    private static Optional<String> containerOption(String text) {
        Matcher m = OPTIONS.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(unescape(m.group(1)));
        }
        Matcher constant = LET_STRING.matcher(text);
        while (constant.find()) {
            if (constant.group(1).equals(m.group(2))) {
                return Optional.of(constant.group(2));
            }
        }
        return Optional.empty();
    }

    private static String unescape(String literal) {
        return literal.replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
