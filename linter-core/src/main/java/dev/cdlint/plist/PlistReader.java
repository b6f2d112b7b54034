package dev.cdlint.plist;

import com.dd.plist.ASCIILocationInformation;
import com.dd.plist.ASCIIPropertyListParser;
import com.dd.plist.BinaryPropertyListParser;
import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDate;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSSet;
import com.dd.plist.NSString;
import com.dd.plist.XMLPropertyListParser;
import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a property list in any of its three formats through dd-plist: XML (entitlements, Info.plist,
 * ExportOptions), binary, and the old ASCII format of {@code project.pbxproj}. Positions come from dd-plist for
 * ASCII values (a pbxproj key sits on its value's line), from a hardened first pass for XML
 * ({@link XmlPlistPositions}), and are the file alone for binary plists.
 *
 * <p>Anything that is not a readable property list is an {@link InputException} at the best position known.
 */
public final class PlistReader {

    /** Far above the largest project.pbxproj seen (a few MB); refused before it is read into memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Deeper than any real plist; dd-plist's ASCII parser recurses without a limit of its own. */
    static final int MAX_DEPTH = 256;

    private PlistReader() {}

    public static PlistValue read(Path file) {
        byte[] bytes = bytes(file);
        int start = firstSignificant(bytes);
        if (start >= bytes.length) {
            throw new InputException(SourceLocation.ofFile(file), "the file is empty: not a property list");
        }
        try {
            if (startsWith(bytes, start, "bplist")) {
                return convert(BinaryPropertyListParser.parse(bytes), file, null, List.of(), 0);
            }
            if (bytes[start] == '<') {
                XmlPlistPositions positions = XmlPlistPositions.of(file, bytes);
                return convert(XMLPropertyListParser.parse(bytes), file, positions, List.of(), 0);
            }
            if (bytes[start] == '{' || bytes[start] == '(' || bytes[start] == '/') {
                String text = new String(bytes, StandardCharsets.UTF_8);
                checkDepth(file, text);
                try {
                    return convert(ASCIIPropertyListParser.parse(bytes), file, null, List.of(), 0);
                } catch (ParseException e) {
                    throw new InputException(at(file, text, e.getErrorOffset()), "malformed property list: "
                            + withoutPosition(e.getMessage()), e);
                }
            }
        } catch (InputException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            // dd-plist reports malformed input through checked exceptions and, for some shapes, runtime ones
            // (an index out of bounds, a number that does not parse): each is one unreadable file.
            throw new InputException(SourceLocation.ofFile(file), "malformed property list: " + reason(e), e);
        }
        throw new InputException(SourceLocation.ofFile(file), "not a property list (neither XML, binary nor the"
                + " ASCII format)");
    }

    private static byte[] bytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(SourceLocation.ofFile(file), "the file holds " + size + " bytes; cdlint"
                        + " reads property lists of at most " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(file), "cannot read the file: " + IoReasons.of(e), e);
        }
    }

    /** The index of the first byte past a byte order mark and white space. */
    private static int firstSignificant(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'
                || bytes[i] == '\f')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] bytes, int start, String prefix) {
        if (bytes.length - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[start + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Refuses an ASCII plist nested deeper than {@link #MAX_DEPTH} before dd-plist recurses into it: brackets are
     * counted outside quoted strings and comments.
     */
    private static void checkDepth(Path file, String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                for (i++; i < text.length() && text.charAt(i) != '"'; i++) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 1;
            } else if (c == '{' || c == '(') {
                if (++depth > MAX_DEPTH) {
                    throw new InputException(at(file, text, i), "values nested more than " + MAX_DEPTH
                            + " levels deep");
                }
            } else if (c == '}' || c == ')') {
                depth--;
            }
        }
    }

    private static PlistValue convert(NSObject object, Path file, XmlPlistPositions positions, List<Object> path,
            int depth) {
        if (depth > MAX_DEPTH) {
            throw new InputException(SourceLocation.ofFile(file), "values nested more than " + MAX_DEPTH
                    + " levels deep");
        }
        SourceLocation at = location(object, file, positions, path);
        if (object instanceof NSDictionary dict) {
            Map<String, PlistValue.Entry> entries = new LinkedHashMap<>();
            for (Map.Entry<String, NSObject> entry : dict.entrySet()) {
                List<Object> childPath = child(path, entry.getKey());
                PlistValue value = convert(entry.getValue(), file, positions, childPath, depth + 1);
                // An ASCII plist writes a key on its value's line; the value's column is not the key's.
                SourceLocation keyAt = positions == null
                        ? new SourceLocation(file, value.location().line(), 0) : keyLocation(positions, childPath, file);
                entries.put(entry.getKey(), new PlistValue.Entry(entry.getKey(), keyAt, value));
            }
            return new PlistValue.Dict(entries, at);
        }
        if (object instanceof NSArray array) {
            List<PlistValue> items = new ArrayList<>();
            NSObject[] values = array.getArray();
            for (int i = 0; i < values.length; i++) {
                items.add(convert(values[i], file, positions, child(path, i), depth + 1));
            }
            return new PlistValue.Array(items, at);
        }
        if (object instanceof NSSet set) {
            List<PlistValue> items = new ArrayList<>();
            for (NSObject item : set.allObjects()) {
                items.add(convert(item, file, positions, child(path, items.size()), depth + 1));
            }
            return new PlistValue.Array(items, at);
        }
        if (object instanceof NSString string) {
            return new PlistValue.Text(string.getContent(), at);
        }
        if (object instanceof NSNumber number) {
            String kind = switch (number.type()) {
                case NSNumber.BOOLEAN -> "a boolean";
                case NSNumber.INTEGER -> "an integer";
                default -> "a real number";
            };
            return new PlistValue.Other(kind, number.toString(), at);
        }
        if (object instanceof NSDate date) {
            return new PlistValue.Other("a date", date.toString(), at);
        }
        if (object instanceof NSData) {
            return new PlistValue.Other("data", "", at);
        }
        return new PlistValue.Other(object == null ? "nothing" : "a " + object.getClass().getSimpleName(), "", at);
    }

    private static SourceLocation location(NSObject object, Path file, XmlPlistPositions positions,
            List<Object> path) {
        if (positions != null) {
            XmlPlistPositions.Position position = positions.at(path);
            return position == null ? SourceLocation.ofFile(file) : position.value();
        }
        if (object != null && object.getLocationInformation() instanceof ASCIILocationInformation ascii) {
            return new SourceLocation(file, Math.max(ascii.getLineNumber(), 0), Math.max(ascii.getColumnNumber(), 0));
        }
        return SourceLocation.ofFile(file);
    }

    private static SourceLocation keyLocation(XmlPlistPositions positions, List<Object> path, Path file) {
        XmlPlistPositions.Position position = positions.at(path);
        return position == null || position.key() == null ? SourceLocation.ofFile(file) : position.key();
    }

    private static List<Object> child(List<Object> path, Object segment) {
        List<Object> longer = new ArrayList<>(path.size() + 1);
        longer.addAll(path);
        longer.add(segment);
        return List.copyOf(longer);
    }

    /** The line and column of a character offset into the text. */
    private static SourceLocation at(Path file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(Math.max(offset, 0), text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(file, line, end - lineStart + 1);
    }

    /** dd-plist appends "(line:column)" to its messages; the finding carries the position already. */
    private static String withoutPosition(String message) {
        return reason(message).replaceFirst("\\s*\\(\\d+:\\d+\\)$", "");
    }

    private static String reason(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "values nested too deeply";
        }
        return reason(e.getMessage());
    }

    private static String reason(String message) {
        if (message == null || message.isBlank()) {
            return "the file does not parse";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.endsWith(".") || line.endsWith("!") ? line.substring(0, line.length() - 1) : line;
    }
}
