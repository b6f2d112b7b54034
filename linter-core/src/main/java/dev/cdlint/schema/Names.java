package dev.cdlint.schema;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The identifier rules of the CloudKit Schema Language that both the domain and the parser and writer rely on. */
public final class Names {

    /**
     * The only words that must be quoted to be used as names (docs/ckdb.md#names). Every other keyword is
     * contextual: real files contain bare {@code type}, {@code order} or a record type {@code List}
     * (docs/ckdb.md#bare-keywords).
     */
    private static final Set<String> RESERVED = Set.of("grant", "preferred", "queryable", "sortable", "searchable");

    /**
     * cktool sorts record types, fields and grant roles by the unquoted name in byte order
     * (docs/ckdb.md#export-layout): that is why the custom role {@code CirclesAppUser} precedes {@code "_creator"},
     * which precedes {@code dev}.
     */
    static final Comparator<String> EXPORT_ORDER =
            Comparator.comparing((String name) -> name.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);

    private Names() {
    }

    static boolean isReserved(String word) {
        return RESERVED.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Rejects what no {@code .ckdb} file can spell: quoted identifiers end at the next double quote or line break
     * and have no escapes (docs/ckdb.md#names).
     */
    static String requireValid(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isEmpty() || name.chars().anyMatch(c -> c == '"' || c == '\n' || c == '\r')) {
            throw new IllegalArgumentException(
                    what + " must be non-empty and contain no double quote or line break: " + name);
        }
        return name;
    }

    /**
     * The name as a file spells it. Apple requires a bare name to start with an ASCII letter and go on with letters,
     * digits and underscores, and system names ({@code _creator}, {@code ___recordID}) and reserved words to be
     * quoted (docs/ckdb.md#names); exports quote exactly those names (docs/ckdb.md#quoted-names).
     */
    static String spelled(String name) {
        return needsQuotes(name) ? '"' + name + '"' : name;
    }

    /** What CloudKit names are made of: ASCII letters, digits and underscores. */
    public static boolean isNamePart(int c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean needsQuotes(String name) {
        if (!isAsciiLetter(name.charAt(0)) || isReserved(name)) {
            return true;
        }
        return !name.chars().allMatch(Names::isNamePart);
    }

    static void requireUnique(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("duplicate " + what + ": " + name);
            }
        }
    }

    static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
