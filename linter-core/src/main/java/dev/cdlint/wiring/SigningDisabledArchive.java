package dev.cdlint.wiring;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(
        id = "wiring-signing-disabled-archive",
        severity = Severity.WARNING,
        summary = "A script archives with code signing turned off and then exports the archive",
        rationale = "xcodebuild -exportArchive re-signs from what the archive carries. An archive built with"
                + " CODE_SIGNING_ALLOWED=NO (or an empty signing identity) carries no entitlements, so the exported"
                + " app has none of its iCloud, push or App Group entitlements and cannot sync. Reported only for"
                + " repositories whose apps have such entitlements; scripts vary, hence a warning.",
        source = Sources.CLOUDKIT + "#wiring-signing; a real case, https://github.com/michellzappa/headroom/pull/9",
        runtimeError = "The shipped app has no iCloud entitlements: \"Trying to initialize a container without an"
                + " application ID\", or sync silently off.",
        fix = "Archive with signing on (automatic signing, or the distribution identity and profile) and let"
                + " -exportArchive re-sign; sign by hand only with --entitlements naming the entitlements file.",
        example = """
                xcodebuild -scheme App archive -archivePath build/App.xcarchive CODE_SIGNING_ALLOWED=NO
                xcodebuild -exportArchive -archivePath build/App.xcarchive -exportOptionsPlist ExportOptions.plist""")
public final class SigningDisabledArchive implements WiringRule {

    /** Far above any real script; a larger file is not read. */
    private static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final Pattern ARCHIVE = Pattern.compile("(?<![-\\w])archive(?![\\w-])");
    private static final Pattern UNSIGNED = Pattern.compile(
            "CODE_SIGNING_ALLOWED\\s*=\\s*[\"']?NO\\b|CODE_SIGN_IDENTITY\\s*=\\s*(?:\"\"|''|-(?=\\s|$))");
    private static final Pattern SCHEME = Pattern.compile("-scheme\\s+(\"[^\"]+\"|'[^']+'|\\S+)");
    private static final Pattern CONFIGURATION = Pattern.compile("-configuration\\s+(\"[^\"]+\"|'[^']+'|\\S+)");

    @Override
    public void check(WiringContext context) {
        AppWiring wiring = context.wiring();
        boolean entitled = context.variants().stream().filter(TargetVariant::isApplication)
                .map(wiring::entitlements).flatMap(Optional::stream)
                .anyMatch(e -> e.grantsCloudKit() || e.has(Entitlements.PUSH_IOS) || e.has(Entitlements.PUSH_MACOS)
                        || e.has(Entitlements.APP_GROUPS));
        if (!entitled) {
            return;
        }
        for (Path script : wiring.files().scripts()) {
            List<Command> commands;
            try {
                commands = commands(script);
            } catch (InputException unreadable) {
                wiring.unreadable().add(unreadable);
                continue;
            }
            boolean exports = commands.stream().anyMatch(c -> c.text().contains("-exportArchive"));
            if (!exports) {
                continue;
            }
            for (Command command : commands) {
                Matcher unsigned = UNSIGNED.matcher(command.text());
                if (command.text().contains("xcodebuild") && ARCHIVE.matcher(command.text()).find()
                        && unsigned.find()) {
                    String scheme = argument(SCHEME, command.text());
                    String configuration = argument(CONFIGURATION, command.text());
                    context.report(command.lineOf(unsigned.start()), scheme, "CODE_SIGNING_ALLOWED", configuration,
                            Severity.WARNING, "this archive is built with code signing off"
                                    + " (" + unsigned.group().strip() + ") and the script exports it: the exported app"
                                    + " carries none of its iCloud, push or App Group entitlements.");
                }
            }
        }
    }

    private static String argument(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).replaceAll("^[\"']|[\"']$", "") : null;
    }

    /** A command: lines joined where they end in a backslash, with the line each part starts on. */
    private record Command(String text, List<Integer> starts, List<Integer> lines, Path file) {
        SourceLocation lineOf(int offset) {
            int line = lines.get(0);
            for (int i = 0; i < starts.size() && starts.get(i) <= offset; i++) {
                line = lines.get(i);
            }
            return new SourceLocation(file, line, 0);
        }
    }

    private static List<Command> commands(Path script) {
        List<String> lines;
        try {
            if (Files.size(script) > MAX_BYTES) {
                return List.of();
            }
            lines = new String(Files.readAllBytes(script), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(script), "cannot read the file: " + IoReasons.of(e), e);
        }
        List<Command> commands = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("#")) {
                continue;
            }
            starts.add(text.length());
            numbers.add(i + 1);
            boolean continued = line.stripTrailing().endsWith("\\");
            text.append(continued ? line.stripTrailing().substring(0, line.stripTrailing().length() - 1) : line)
                    .append(' ');
            if (!continued) {
                commands.add(new Command(text.toString(), List.copyOf(starts), List.copyOf(numbers), script));
                text.setLength(0);
                starts.clear();
                numbers.clear();
            }
        }
        if (!numbers.isEmpty()) {
            commands.add(new Command(text.toString(), List.copyOf(starts), List.copyOf(numbers), script));
        }
        return commands;
    }
}
