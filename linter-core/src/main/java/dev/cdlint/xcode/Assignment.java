package dev.cdlint.xcode;

import dev.cdlint.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One build setting as written: {@code NAME[sdk=macosx*][config=Debug] = value}, in a project.pbxproj, an
 * .xcconfig or a project.yml, with where it was written so that a finding can point at it.
 */
public record Assignment(String name, List<Condition> conditions, String value, SourceLocation location) {

    public Assignment {
        conditions = List.copyOf(conditions);
    }

    /** A condition on an assignment: {@code sdk=iphoneos*}, {@code config=Debug}, {@code arch=arm64}. */
    public record Condition(String key, String pattern) {

        /** Whether the condition holds when building for the SDK and configuration given; no architecture holds. */
        boolean holds(String sdk, String configuration) {
            return switch (key) {
                case "sdk" -> glob(pattern, sdk);
                case "config" -> glob(pattern, configuration);
                // Settings per architecture cannot change entitlements or the Info.plist of the product as a
                // whole; only "any architecture" is taken to hold.
                case "arch" -> pattern.equals("*");
                default -> false;
            };
        }

        private static boolean glob(String pattern, String value) {
            StringBuilder regex = new StringBuilder();
            for (char c : pattern.toLowerCase(Locale.ROOT).toCharArray()) {
                if (c == '*') {
                    regex.append(".*");
                } else if (c == '?') {
                    regex.append('.');
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return value.toLowerCase(Locale.ROOT).matches(regex.toString());
        }
    }

    /**
     * Splits a written name into the setting and its conditions: {@code CODE_SIGN_ENTITLEMENTS[sdk=macosx*]}. A
     * name whose brackets do not read as conditions is kept whole, so it matches no setting cdlint looks up.
     */
    public static Assignment parse(String writtenName, String value, SourceLocation location) {
        int bracket = writtenName.indexOf('[');
        if (bracket < 0) {
            return new Assignment(writtenName.strip(), List.of(), value, location);
        }
        String name = writtenName.substring(0, bracket).strip();
        List<Condition> conditions = new ArrayList<>();
        String rest = writtenName.substring(bracket).strip();
        while (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            int equals = rest.indexOf('=');
            if (close < 0 || equals < 0 || equals > close) {
                return new Assignment(writtenName, List.of(), value, location);
            }
            conditions.add(new Condition(rest.substring(1, equals).strip(), rest.substring(equals + 1, close).strip()));
            rest = rest.substring(close + 1).strip();
        }
        if (!rest.isEmpty()) {
            return new Assignment(writtenName, List.of(), value, location);
        }
        return new Assignment(name, conditions, value, location);
    }

    boolean holds(String sdk, String configuration) {
        return conditions.stream().allMatch(c -> c.holds(sdk, configuration));
    }
}
