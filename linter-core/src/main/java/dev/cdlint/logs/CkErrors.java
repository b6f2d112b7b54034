package dev.cdlint.logs;

import dev.cdlint.logs.kinds.DiagnosisKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CKErrors, in every shape logs print them: CloudKit's own description ({@code "Name" (CODE/SERVER)}, the
 * server's part possibly an underlying error's domain and code, {@code (6/NSCocoaErrorDomain:4099)}), and an app's
 * renderings ({@code CKErrorDomain error 27}, {@code CKErrorDomain Code=27}, {@code CKError.Code: 27}). A known
 * message inside a CKError (the innermost fact) decides the diagnosis, so the code counts only when none does; a
 * partial failure is reported only when nothing in its batch says what failed. A list of codes (a header, a
 * table) is not an error and gives nothing.
 */
final class CkErrors implements EvidenceFinder {

    private static final String[] CODE_NAMES = {null, "internalError", "partialFailure", "networkUnavailable",
        "networkFailure", "badContainer", "serviceUnavailable", "requestRateLimited", "missingEntitlement",
        "notAuthenticated", "permissionFailure", "unknownItem", "invalidArguments", "resultsTruncated",
        "serverRecordChanged", "serverRejectedRequest", "assetFileNotFound", "assetFileModified",
        "incompatibleVersion", "constraintViolation", "operationCancelled", "changeTokenExpired",
        "batchRequestFailed", "zoneBusy", "badDatabase", "quotaExceeded", "zoneNotFound", "limitExceeded",
        "userDeletedZone", "tooManyParticipants", "alreadyShared", "referenceViolation", "managedAccountRestricted",
        "participantMayNeedVerification", "serverResponseLost", "assetNotAvailable", "accountTemporarilyUnavailable"};

    private static final int PARTIAL_FAILURE = 2;
    private static final int BATCH_REQUEST_FAILED = 22;

    /** CKError.Code names as descriptions print them, squeezed, with their public codes. */
    private static final Map<String, Integer> CK_ERROR_NAMES = ckErrorNames();
    private static final int MAX_NAME_LENGTH = CK_ERROR_NAMES.keySet().stream().mapToInt(String::length).max()
            .orElseThrow() + 1;

    /**
     * {@code "Name" (CODE/SERVER)}, {@code "Name" (CODE)}, {@code "Name" (SERVER)} for internal codes, and
     * {@code "Name" (CODE/Domain:CODE)} when the server's part is an underlying error. A number too long for an
     * int is no CKError's.
     */
    private static final Pattern CK_ERROR = Pattern.compile(
            "\"([A-Z][A-Za-z']+)\"\\((\\d{1,9})(?:/(?:\\d{1,9}|([A-Za-z]+):(-?\\d{1,9})))?\\)");
    /** An app's own rendering of a CKError's code. */
    private static final Pattern CK_ERROR_CODE = Pattern.compile(
            "(?:CKErrorDomain(?:error|Code=)?|CKError\\.Code[:=(](?:rawValue:)?)(\\d{1,2})(?!\\d)");
    /** What follows a code that is one of a list: another code or quoted error name. */
    private static final Pattern LIST_CONTINUES = Pattern.compile("\\G\\)?,(?:and|or)?(?:\\d|\"[A-Z])");
    /** What differs between repeats of one error: addresses and UUIDs. */
    private static final Pattern VOLATILE = Pattern.compile("0x\\p{XDigit}+|\\p{XDigit}{8}(?:-\\p{XDigit}{4}){3}"
            + "-\\p{XDigit}{12}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String SERVER_MESSAGE = "server message";
    private static final int MAX_DESCRIPTION = 300;
    private static final Pattern ZONE = Pattern.compile("Zone'([^']+)'doesnotexist");
    /** The XPC error (NSXPCConnectionInvalid) a process gets when it cannot reach the CloudKit daemon. */
    private static final Pattern DAEMON_CONNECTION = Pattern.compile("NSCocoaErrorDomain(?::|Code=)4099(?!\\d)");

    /**
     * One CKError in the message.
     *
     * @param squeezed where it starts in the squeezed text
     * @param offset where it starts in the message
     * @param underlying the underlying error's domain and code when the description gives them, else empty
     */
    private record Mention(int squeezed, int offset, int code, String description, String underlying) {}

    @Override
    public void find(Message message, List<Sighting> found) {
        String s = message.squeezed().text();
        if (!s.contains("\"(") && !s.contains("CKError")) {
            return;
        }
        List<Mention> mentions = mentions(message);
        if (mentions.isEmpty()) {
            return;
        }
        // Where the known messages are, so each CKError finds the first one after it in log time.
        int[] explained = found.stream().mapToInt(Sighting::offset).sorted().toArray();
        int setupFailure = found.stream().filter(f -> f.fallback() && f.problem().kind() == DiagnosisKind.SETUP_FAILED)
                .mapToInt(Sighting::offset).min().orElse(Integer.MAX_VALUE);
        List<Message.Span> batches = new ArrayList<>();
        List<Sighting> fromCodes = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            int end = i + 1 < mentions.size() ? mentions.get(i + 1).offset() : message.text().length();
            int squeezedEnd = i + 1 < mentions.size() ? mentions.get(i + 1).squeezed() : s.length();
            if (mention.code() == PARTIAL_FAILURE || mention.code() == BATCH_REQUEST_FAILED) {
                // Batches come in order: one inside the last is part of it, and that one decides.
                if (batches.isEmpty() || !batches.get(batches.size() - 1).contains(mention.offset())) {
                    batches.add(batch(message, mention, end, squeezedEnd));
                }
                continue;
            }
            if (!hasSightingIn(explained, mention.offset(), end)) {
                boolean afterSetupFailure = setupFailure < mention.offset() || message.followsSetupFailure() && i == 0;
                Sighting sighting = fromCode(mention, afterSetupFailure,
                        s.substring(mention.squeezed(), squeezedEnd));
                if (sighting != null) {
                    fromCodes.add(sighting);
                }
            }
        }
        found.addAll(fromCodes);
        int[] all = found.stream().mapToInt(Sighting::offset).sorted().toArray();
        for (Message.Span batch : batches) {
            if (!hasSightingIn(all, batch.start() + 1, batch.end())) {
                found.add(new Sighting(Problem.of(DiagnosisKind.PARTIAL_FAILURE, ""), batch.start(),
                        "CloudKit failed some records of a batch (partial failure, CKError 2)."));
            }
        }
    }

    private static List<Mention> mentions(Message message) {
        String s = message.squeezed().text();
        String text = message.text();
        List<Mention> mentions = new ArrayList<>();
        Matcher list = LIST_CONTINUES.matcher(s);
        Matcher match = CK_ERROR.matcher(s);
        int nextInList = -1;
        // Each "Name"( found by its literal end, the name checked before any pattern runs: most quotes are not.
        for (int at = s.indexOf("\"("); at >= 0; at = s.indexOf("\"(", at + 2)) {
            int open = s.lastIndexOf('"', at - 1);
            if (open < 0 || at - open > MAX_NAME_LENGTH || !CK_ERROR_NAMES.containsKey(s.substring(open + 1, at))
                    || !match.region(open, s.length()).lookingAt()) {
                continue;
            }
            boolean listContinues = list.region(match.end(), s.length()).lookingAt();
            boolean listed = listContinues || match.start() == nextInList;
            // The pattern ends on the next name's quote and first letter.
            nextInList = listContinues ? list.end() - 2 : -1;
            if (listed) {
                continue;
            }
            int number = Integer.parseInt(match.group(2));
            mentions.add(new Mention(match.start(), message.squeezed().original(match.start()),
                    number <= 100 ? number : CK_ERROR_NAMES.get(match.group(1)),
                    description(text, message.squeezed().original(match.end() - 1) + 1),
                    match.group(3) == null ? "" : match.group(3) + ":" + match.group(4)));
        }
        Matcher code = CK_ERROR_CODE.matcher(s);
        for (int at = s.indexOf("CKError"); at >= 0; at = s.indexOf("CKError", at + 1)) {
            // Most are CloudKit's own "<CKError 0x…": only "CKErrorDomain" and "CKError.Code" are an app's.
            char next = at + 7 < s.length() ? s.charAt(at + 7) : ' ';
            if ((next == 'D' || next == '.') && code.region(at, s.length()).lookingAt()
                    && !list.region(code.end(), s.length()).lookingAt()) {
                mentions.add(new Mention(code.start(), message.squeezed().original(code.start()),
                        Integer.parseInt(code.group(1)), "", ""));
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.squeezed(), b.squeezed()));
        return mentions;
    }

    /**
     * The description a CKError prints after its code, {@code ; "…"} or {@code ; server message = "…"}, from
     * {@code from} (after the code's parenthesis), up to its closing quote or line end and at most
     * {@value #MAX_DESCRIPTION} characters; empty when there is none.
     */
    private static String description(String text, int from) {
        int i = skipSpaces(text, from);
        if (i >= text.length() || text.charAt(i) != ';') {
            return "";
        }
        i = skipSpaces(text, i + 1);
        if (text.startsWith(SERVER_MESSAGE, i)) {
            i = skipSpaces(text, i + SERVER_MESSAGE.length());
            if (i >= text.length() || text.charAt(i) != '=') {
                return "";
            }
            i = skipSpaces(text, i + 1);
        }
        if (i >= text.length() || text.charAt(i) != '"') {
            return "";
        }
        int start = i + 1;
        int end = start;
        while (end < text.length() && end - start < MAX_DESCRIPTION && text.charAt(end) != '"'
                && !LogEntry.isLineBreak(text.charAt(end))) {
            end++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u201C'
                || text.charAt(end - 1) == '\u201D')) {
            end--;
        }
        return text.substring(start, end);
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The batch a partial failure lists: from the error to the brace that closes its {@code partial errors: {…}},
     * or, when the log does not have it, to the next CKError ({@code next}, {@code squeezedNext} in the squeezed
     * text).
     */
    private static Message.Span batch(Message message, Mention mention, int next, int squeezedNext) {
        String s = message.squeezed().text();
        int open = s.indexOf("partialerrors:{", mention.squeezed());
        if (open < 0 || open > squeezedNext) {
            return new Message.Span(mention.offset(), next);
        }
        int depth = 0;
        for (int i = open + "partialerrors:".length(); i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return new Message.Span(mention.offset(), message.squeezed().original(i) + 1);
            }
        }
        return new Message.Span(mention.offset(), message.text().length());
    }

    /** Whether a sorted array of offsets holds one in {@code [from, to)}. */
    private static boolean hasSightingIn(int[] sortedOffsets, int from, int to) {
        int first = Message.firstAfter(sortedOffsets, from - 1);
        return first < sortedOffsets.length && sortedOffsets[first] < to;
    }

    /**
     * What the code alone says; {@code squeezedRegion} is the error's text up to the next CKError, and
     * {@code afterSetupFailure} whether a setup failure whose cause the log has not given yet comes before it.
     */
    private static Sighting fromCode(Mention mention, boolean afterSetupFailure, String squeezedRegion) {
        int code = mention.code();
        int offset = mention.offset();
        String said = mention.description().isEmpty() ? "" : ": \"" + mention.description() + "\"";
        if (mention.underlying().equals("NSCocoaErrorDomain:4099")
                || code == 6 && DAEMON_CONNECTION.matcher(squeezedRegion).find()) {
            return new Sighting(Problem.of(DiagnosisKind.DAEMON_UNAVAILABLE, ""), offset, "CloudKit answered \""
                    + "Service Unavailable\" because the process could not reach the CloudKit daemon (an XPC"
                    + " connection error, NSCocoaErrorDomain 4099)" + said + ".");
        }
        return switch (code) {
            case 1 -> afterSetupFailure
                    ? new Sighting(Problem.of(DiagnosisKind.SETUP_FAILED, normalise(mention.description())), offset,
                            "CloudKit setup failed with an internal error (CKError 1)" + said + ".")
                    : catchAll(mention, said);
            case 5 -> new Sighting(Problem.of(DiagnosisKind.CONTAINER_PERMISSION, "bad-container"), offset,
                    "CloudKit does not know the container (\"Bad Container\")" + said + ".");
            case 10 -> new Sighting(Problem.of(DiagnosisKind.CONTAINER_PERMISSION, "permission"), offset,
                    "CloudKit refused the request (\"Permission Failure\")" + said + ".");
            case 8 -> new Sighting(Problem.of(DiagnosisKind.MISSING_ENTITLEMENT, ""), offset,
                    "CloudKit refused the process: it lacks the iCloud entitlement (\"Missing Entitlement\").");
            case 6, 7, 23 -> new Sighting(Problem.of(DiagnosisKind.THROTTLED, ""), offset,
                    "CloudKit asked the app to wait before sending more requests (CKError " + code + ", "
                            + codeName(code) + ").");
            case 9 -> new Sighting(Problem.of(DiagnosisKind.ACCOUNT, "no-account"), offset,
                    "CloudKit refused the request: no authenticated iCloud account (\"Not Authenticated\")" + said
                            + ".");
            case 36 -> new Sighting(Problem.of(DiagnosisKind.ACCOUNT, "temporarily-unavailable"), offset,
                    "The iCloud account is temporarily unavailable (CKError 36).");
            case 25 -> new Sighting(Problem.of(DiagnosisKind.QUOTA_EXCEEDED, ""), offset,
                    "CloudKit refused a save: the user's iCloud storage is full (\"Quota Exceeded\").");
            case 26, 28 -> {
                Matcher zone = ZONE.matcher(squeezedRegion);
                String name = zone.find() ? zone.group(1) : "";
                yield new Sighting(Problem.of(DiagnosisKind.ZONE_NOT_FOUND, code + ":" + name), offset,
                        (code == 28 ? "The user deleted the record zone" : "The record zone does not exist")
                                + (name.isEmpty() ? "" : " (zone " + name + ")") + said + ".");
            }
            case 27 -> new Sighting(Problem.of(DiagnosisKind.LIMIT_EXCEEDED, ""), offset,
                    "CloudKit refused a request over one of its limits (\"Limit Exceeded\")" + said + ".");
            case 20 -> null;
            default -> catchAll(mention, said);
        };
    }

    private static Sighting catchAll(Mention mention, String said) {
        int code = mention.code();
        return new Sighting(Problem.of(DiagnosisKind.CLOUDKIT_ERROR, code + ":" + normalise(mention.description())),
                mention.offset(), "CloudKit returned CKError " + code + " (" + codeName(code) + ")" + said + ".");
    }

    /** A description without the parts that differ between repeats: addresses, UUIDs, record names. */
    private static String normalise(String description) {
        int cut = description.length();
        for (char stop : new char[] {'<', ':'}) {
            int at = description.indexOf(stop);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String kept = description.substring(0, cut);
        if (kept.contains("0x") || kept.indexOf('-') >= 0) {
            kept = VOLATILE.matcher(kept).replaceAll("");
        }
        boolean spacedOut = kept.contains("  ") || kept.chars().anyMatch(c -> c != ' ' && Character.isWhitespace(c));
        return (spacedOut ? SPACES.matcher(kept).replaceAll(" ") : kept).strip();
    }

    /** The public CKError.Code name of a code, or "an unrecognised code" for one CloudKit does not document. */
    static String codeName(int code) {
        return code > 0 && code < CODE_NAMES.length ? CODE_NAMES[code] : "an unrecognised code";
    }

    private static Map<String, Integer> ckErrorNames() {
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int code = 1; code < CODE_NAMES.length; code++) {
            // "requestRateLimited" prints as "Request Rate Limited": capitalise, and squeezed there are no spaces.
            String name = CODE_NAMES[code];
            names.put(Character.toUpperCase(name.charAt(0)) + name.substring(1), code);
        }
        return Map.copyOf(names);
    }
}
