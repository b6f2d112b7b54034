package dev.cdlint.report;

import dev.cdlint.finding.Finding;
import dev.cdlint.model.xml.ModelFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A finding's identity across runs: the baseline matches on it and SARIF gives it to GitHub as a partial
 * fingerprint, so an accepted finding stays accepted (and a code scanning alert stays one alert) while the model
 * around it changes.
 *
 * <p>It is a hash of
 * <ol>
 *   <li>the rule id;
 *   <li>the model's name: the {@code .xcdatamodeld} bundle's folder name for any file inside it, else the
 *       {@code .xcdatamodel} folder's name, else (a schema file, say) the file's name. Not the version folder: adding
 *       {@code Model 2.xcdatamodel} and making it current moves every finding into the new file, and users expect
 *       the problems they accepted to stay accepted. Not the folders above the model either: the same project is
 *       linted from its root by the CLI and from a module folder by the Maven plugin, and folders get renamed. For
 *       any Swift file, a constant: a SwiftData class moves between files and its schema gets a new name with each
 *       version, and its findings are told apart by their elements anyway;
 *   <li>the element: configuration, entity, property, CloudKit record type and field, or, for a finding about no
 *       element, the message with its white space collapsed.
 * </ol>
 * Not the line and column, which move with unrelated edits, and not the message of a finding about an element,
 * since messages get reworded between releases. Two models with the same name in one project share fingerprints;
 * as the baseline matches counts, that can only hide a finding the other model was accepted for.
 */
public final class Fingerprint {

    private static final String VERSION = "v1";
    private static final String SWIFT_SUFFIX = ".swift";
    /** What SwiftData findings use for the model's name: see the class comment. */
    private static final String SWIFT_DATA = "(SwiftData)";
    private static final int HEX_DIGITS = 16;

    private Fingerprint() {}

    public static String of(Finding finding) {
        List<String> element = Arrays.asList(finding.configuration(), finding.entity(), finding.property(),
                finding.recordType(), finding.field());
        List<String> identity = element.stream().allMatch(Objects::isNull)
                ? List.of(finding.message().strip().replaceAll("\\s+", " "))
                : element;
        return hash(VERSION, finding.rule(), modelName(finding.location().file()), identity);
    }

    /** The name a file's model is known by: see the class comment. */
    static String modelName(Path file) {
        if (String.valueOf(file.getFileName()).endsWith(SWIFT_SUFFIX)) {
            return SWIFT_DATA;
        }
        return String.valueOf(ModelFinder.modelOf(file.toAbsolutePath()).getFileName());
    }

    private static String hash(String version, String rule, String model, List<String> identity) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        update(digest, version);
        update(digest, rule);
        update(digest, model);
        identity.forEach(part -> update(digest, part));
        return HexFormat.of().formatHex(digest.digest()).substring(0, HEX_DIGITS);
    }

    /** Each part with its length, and null apart from "", so that no two different part lists hash alike. */
    private static void update(MessageDigest digest, String part) {
        String encoded = part == null ? "-" : "+" + part.length() + ":" + part;
        digest.update(encoded.getBytes(StandardCharsets.UTF_8));
    }
}
