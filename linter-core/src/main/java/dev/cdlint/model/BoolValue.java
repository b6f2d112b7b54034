package dev.cdlint.model;

/**
 * How Core Data reads a boolean written as text: {@code -[NSString boolValue]}. The one reading cdlint uses for
 * every boolean attribute of the model XML ({@code optional}, {@code usedWithCloudKit}, ...) and for the User Info
 * keys the CloudKit mirror reads as booleans ({@code NSCloudKitMirroringDelegateIgnoredPropertyKey},
 * {@code NSPersistentCloudKitContainerEncryptedAttributeKey}).
 *
 * <p>Apple documents {@code boolValue} as YES when, after leading whitespace, an optional sign and leading zeros,
 * the first character is {@code Y}, {@code y}, {@code T}, {@code t} or a digit 1-9; anything after it is ignored.
 * So {@code YES}, {@code true}, {@code y}, {@code t}, {@code 01}, {@code +1}, {@code -1} and {@code Yep} are true;
 * {@code NO}, {@code false}, {@code 0}, {@code 00}, {@code x} and the empty string are false. Xcode writes
 * {@code YES}/{@code NO}; generated and hand-edited models write {@code true}/{@code false}.
 */
public final class BoolValue {

    private BoolValue() {}

    /** The text read as {@code boolValue} reads it; null (not written) is false. */
    public static boolean of(String text) {
        if (text == null) {
            return false;
        }
        int i = 0;
        int length = text.length();
        while (i < length && isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        while (i < length && text.charAt(i) == '0') {
            i++;
        }
        if (i == length) {
            return false;
        }
        char first = text.charAt(i);
        return first == 'Y' || first == 'y' || first == 'T' || first == 't' || (first >= '1' && first <= '9');
    }

    /** {@code NSCharacterSet.whitespaceCharacterSet}: tab and the Unicode space separators. */
    private static boolean isWhitespace(char c) {
        return c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
