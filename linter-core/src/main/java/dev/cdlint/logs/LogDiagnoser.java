package dev.cdlint.logs;

import dev.cdlint.logs.kinds.DiagnosisKind;
import dev.cdlint.mapping.Mirror;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the messages of one log into diagnoses: one per distinct problem, with the number of messages that show
 * it and the line of the first.
 *
 * <p>Error texts are matched on the {@link Squeezed squeezed} message, so wrapping does not matter. An error
 * counts only where it stands as an error: a CKError with its name and code, {@code Code=} with a Core Data
 * error number, or a known server or framework message where a message starts (at the line start, or after a
 * colon, a quote, {@code =} or a bracket), never in the middle of a sentence that merely quotes its words.
 * Inside a CKError, a known message (the innermost fact) decides the diagnosis; a partial failure is reported
 * only when nothing in the message says what failed.
 */
public final class LogDiagnoser {

    private final Map<Key, Tally> tallies = new LinkedHashMap<>();
    private long lines;
    private int logs;

    /** Reads one log to its end; diagnoses of several logs merge, each problem counted across them all. */
    public void read(Path log, BufferedReader in) throws IOException {
        logs++;
        lines += LogReader.read(in, entry -> accept(log, entry));
    }

    /** How many log lines were read. */
    public long lines() {
        return lines;
    }

    /** A diagnosis' identity: the same problem, however and wherever it is logged again. */
    record Key(DiagnosisKind kind, String rule, String recordType, String field, String entity,
            String property, String variant) {}

    /** One sign of a problem in a message, at a message offset. */
    record Sighting(Key key, int offset, String detail) {}

    private static final class Tally {
        final Sighting first;
        final Path log;
        final int logIndex;
        final int line;
        int count;

        Tally(Sighting first, Path log, int logIndex, int line) {
            this.first = first;
            this.log = log;
            this.logIndex = logIndex;
            this.line = line;
        }
    }

    void accept(Path log, LogEntry entry) {
        String text = entry.text();
        Squeezed squeezed = Squeezed.of(text);
        String s = squeezed.text();
        List<Sighting> sightings = new ArrayList<>();
        if (s.contains("CloudKitintegration") || s.contains("Thefollowing") || s.contains("134060")) {
            ModelValidation.find(text, squeezed, sightings);
        }
        for (Phrase phrase : PHRASES) {
            phrase.find(text, squeezed, sightings);
        }
        findCoreDataCodes(squeezed, sightings);
        findCkErrors(text, squeezed, sightings);
        if (sightings.isEmpty()) {
            return;
        }
        int[] lineBreaks = lineBreaks(text);
        Set<Key> seen = new HashSet<>();
        for (Sighting sighting : sightings) {
            if (seen.add(sighting.key())) {
                Tally tally = tallies.computeIfAbsent(sighting.key(),
                        key -> new Tally(sighting, log, logs, lineOf(entry, lineBreaks, sighting.offset())));
                tally.count++;
            }
        }
    }

    /** The diagnoses so far, in the order they first appear: by log, then line. */
    public List<Diagnosis> diagnoses() {
        List<Tally> ordered = new ArrayList<>(tallies.values());
        ordered.sort(Comparator.<Tally>comparingInt(t -> t.logIndex).thenComparingInt(t -> t.line));
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (Tally tally : ordered) {
            Key key = tally.first.key();
            diagnoses.add(new Diagnosis(key.kind(), tally.count, tally.log, tally.line, tally.first.detail(), key.rule(),
                    key.recordType(), key.field(), key.entity(), key.property(), null, List.of()));
        }
        return diagnoses;
    }

    private static int[] lineBreaks(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] breaks = new int[count];
        for (int i = 0, n = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                breaks[n++] = i;
            }
        }
        return breaks;
    }

    private static int lineOf(LogEntry entry, int[] lineBreaks, int offset) {
        int index = Arrays.binarySearch(lineBreaks, offset);
        return entry.line() + (index >= 0 ? index : -index - 1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Known messages

    /** Builds a sighting from a match on the squeezed text; the match's start is where the message starts. */
    @FunctionalInterface
    private interface SightingBuilder {
        Sighting build(Matcher match, String text, Squeezed squeezed, int offset);
    }

    /**
     * A known error text, and whether it only counts where a message starts. {@code key} is a literal every match
     * contains: looking for it first is what keeps the thousands of messages that hold no error cheap.
     */
    private record Phrase(Pattern pattern, String key, boolean atMessageStart, SightingBuilder builder) {

        Phrase(Pattern pattern, boolean atMessageStart, SightingBuilder builder) {
            this(pattern, literalPrefix(pattern.pattern()), atMessageStart, builder);
        }

        void find(String text, Squeezed squeezed, List<Sighting> out) {
            int at = squeezed.text().indexOf(key);
            if (at < 0) {
                return;
            }
            Matcher match = pattern.matcher(squeezed.text());
            match.region(at, squeezed.text().length());
            while (match.find()) {
                int offset = squeezed.original(match.start());
                if (!atMessageStart || startsMessage(text, offset)) {
                    out.add(builder.build(match, text, squeezed, offset));
                }
            }
        }
    }

    /** The characters a regular expression starts with that match only themselves. */
    private static String literalPrefix(String regex) {
        int end = 0;
        while (end < regex.length() && "\\[](){}?*+|.^$".indexOf(regex.charAt(end)) < 0) {
            end++;
        }
        // A quantifier after the last literal character makes that character optional.
        if (end < regex.length() && "?*{".indexOf(regex.charAt(end)) >= 0 && end > 0) {
            end--;
        }
        return regex.substring(0, end);
    }

    private static Phrase phrase(String regex, SightingBuilder builder) {
        return new Phrase(Pattern.compile(regex), true, builder);
    }

    private static Phrase simple(String regex, DiagnosisKind kind, String variant, String detail) {
        return phrase(regex, (m, text, squeezed, offset) -> new Sighting(key(kind, variant), offset, detail));
    }

    static Key key(DiagnosisKind kind, String variant) {
        return new Key(kind, null, null, null, null, null, variant);
    }

    private static final String QUOTED = "'([^']*)'";

    private static final List<Phrase> PHRASES = List.of(
            phrase("Cannotcreateormodifyfield" + QUOTED + "inrecord" + QUOTED + "inproductionschema",
                    (m, text, squeezed, offset) -> {
                        String field = m.group(1);
                        String recordType = m.group(2);
                        return new Sighting(new Key(DiagnosisKind.PRODUCTION_SCHEMA_FIELD, null, recordType, field,
                                CloudKitNames.entityOf(recordType), CloudKitNames.propertyOf(field), ""), offset,
                                "CloudKit refused to create field " + field + " in record type " + recordType
                                        + " of the production schema" + mapsTo(recordType, field) + ".");
                    }),
            phrase("Cannotcreatenewtype'?([^'\";]+?)'?inproductionschema", (m, text, squeezed, offset) ->
                    recordTypeMissing(m.group(1), offset, "CloudKit refused to create record type ")),
            phrase("Didnotfindrecordtype:", (m, text, squeezed, offset) -> recordTypeMissing(
                    wordAt(text, squeezed.original(m.end())), offset, "CloudKit has no record type ")),
            phrase("invalidattempttosetvaluetype(\\w+)forfield" + QUOTED + "fortype" + QUOTED + ",definedtobe:",
                    (m, text, squeezed, offset) -> {
                        String field = m.group(2);
                        String recordType = m.group(3);
                        String existing = wordAt(text, squeezed.original(m.end()));
                        return new Sighting(new Key(DiagnosisKind.FIELD_TYPE_MISMATCH, null, recordType, field,
                                CloudKitNames.entityOf(recordType), CloudKitNames.propertyOf(field), ""), offset,
                                "CloudKit refused a value of type " + m.group(1) + " for field " + field + " of record type "
                                        + recordType + mapsTo(recordType, field) + ": the field is "
                                        + (existing.isEmpty() ? "of another type" : existing) + ".");
                    }),
            phrase("cannotuseanemptylisttoinitializeanewfield\\(field" + QUOTED + "inrecordtype" + QUOTED,
                    (m, text, squeezed, offset) -> {
                        String field = m.group(1);
                        String recordType = m.group(2);
                        return new Sighting(new Key(DiagnosisKind.NEW_FIELD_FROM_EMPTY_LIST, null, recordType,
                                field, CloudKitNames.entityOf(recordType), CloudKitNames.propertyOf(field), ""),
                                offset, "CloudKit could not create field " + field + " of record type " + recordType
                                        + " from an empty list.");
                    }),
            simple("InvalidbundleIDforcontainer", DiagnosisKind.CONTAINER_PERMISSION, "bundle-id",
                    "CloudKit answered \"Invalid bundle ID for container\": the app is not allowed to use the"
                            + " container."),
            simple("Couldn'tgetcontainerconfigurationfromtheserverforcontainer", DiagnosisKind.CONTAINER_PERMISSION,
                    "bad-container", "CloudKit does not know the container (\"Bad Container\")."),
            simple("missingrequiredentitlement", DiagnosisKind.MISSING_ENTITLEMENT, "",
                    "CloudKit refused the process: it lacks the iCloud entitlement."),
            simple("InordertouseCloudKit,yourprocessmusthave", DiagnosisKind.MISSING_ENTITLEMENT, "",
                    "CloudKit refused the process: it lacks the iCloud entitlement."),
            simple("Tryingtoinitializeacontainerwithoutanapplication(?:ID|identifier)",
                    DiagnosisKind.MISSING_ENTITLEMENT, "application-identifier",
                    "CloudKit refused a container for a process signed without an application identifier."),
            simple("recordtoolarge", DiagnosisKind.RECORD_TOO_LARGE, "",
                    "CloudKit refused a record as too large."),
            phrase("Yourrequestcontains(?:(\\d+)items(?:whichis)?)?morethanthemaximumnumberofitemsinasinglerequest",
                    (m, text, squeezed, offset) -> new Sighting(key(DiagnosisKind.LIMIT_EXCEEDED, "items"), offset,
                            "CloudKit refused a request with more than the maximum number of items (400)"
                                    + (m.group(1) == null ? "" : ": it had " + m.group(1)) + ".")),
            simple("CloudKitsetupfailedbecausethereisanotherinstanceofthispersistentstore",
                    DiagnosisKind.STORE_IN_USE_ELSEWHERE, "", "CloudKit setup failed: another instance of this"
                            + " store is already syncing in this process."),
            simple("Illegalattempttoregisterasecondhandlerforactivityidentifier", DiagnosisKind.STORE_IN_USE_ELSEWHERE,
                    "", "A second container registered the same CloudKit setup activity."),
            simple("RegisteringahandlerforaCKScheduleractivityidentifierthathasalreadybeenregistered",
                    DiagnosisKind.STORE_IN_USE_ELSEWHERE, "", "A second container registered the same CloudKit"
                            + " scheduler activity."),
            simple("Operationthrottledbypreviousserverhttp503reply", DiagnosisKind.THROTTLED, "",
                    "CloudKit asked the app to wait before sending more requests."),
            new Phrase(Pattern.compile("\"?CKErrorShouldThrottleClient\"?[:=]1"), "CKErrorShouldThrottleClient", false,
                    (m, text, squeezed, offset) -> new Sighting(key(DiagnosisKind.THROTTLED, ""), offset,
                            "CloudKit asked the app to wait before sending more requests.")),
            simple("transferstoandfromtheserverarebeingratelimited", DiagnosisKind.THROTTLED, "",
                    "CloudKit asked the app to wait before sending more requests."),
            simple("UnabletoinitializewithoutaniCloudaccount", DiagnosisKind.ACCOUNT, "no-account",
                    "NSPersistentCloudKitContainer cannot sync without an iCloud account."),
            simple("Can'treturnaccountcredentialsforaccount", DiagnosisKind.ACCOUNT, "terms",
                    "The iCloud account must accept new terms (or is suspended), so CloudKit refuses its"
                            + " requests."),
            new Phrase(Pattern.compile("Store-\\([^)]*\\)notfoundintoken"), false,
                    (m, text, squeezed, offset) -> new Sighting(key(DiagnosisKind.HISTORY_EXPIRED, "other-store"),
                            offset, "A persistent history token was used with a store it does not belong to.")),
            simple("Acontaineridentifierisrequiredfor", DiagnosisKind.STORE_OPTIONS, "container",
                    "The store was loaded with CloudKit but without a container identifier."),
            simple("NSPersistentHistoryTrackingKeyisrequiredfor", DiagnosisKind.STORE_OPTIONS, "history",
                    "The store was loaded with CloudKit but without persistent history tracking."),
            phrase("Toldtoteardownwithreason:", (m, text, squeezed, offset) -> {
                String reason = restOfLine(text, squeezed.original(m.end()));
                return new Sighting(key(DiagnosisKind.MIRRORING_STOPPED, reason), offset,
                        "NSPersistentCloudKitContainer stopped syncing a store" + (reason.isEmpty() ? "."
                                : " (reason: " + reason + ")."));
            }));

    private static Sighting recordTypeMissing(String recordType, int offset, String what) {
        return new Sighting(new Key(DiagnosisKind.PRODUCTION_SCHEMA_TYPE, null, recordType, null,
                CloudKitNames.entityOf(recordType), null, ""), offset,
                what + recordType + " in the production schema" + mapsTo(recordType, null) + ".");
    }

    /** How the CloudKit names read in the model, or why they do not map. */
    static String mapsTo(String recordType, String field) {
        if (CloudKitNames.isElided(recordType) || field != null && CloudKitNames.isElided(field)) {
            return " (the log cuts the name short, so it cannot be traced to the model)";
        }
        String entity = CloudKitNames.entityOf(recordType);
        if (entity == null) {
            return recordType.equals(Mirror.MANY_TO_MANY_RECORD_TYPE)
                    ? " (CDMR holds the model's many-to-many relationships)"
                    : " (not a name NSPersistentCloudKitContainer gives: it has no CD_ prefix, so other code saved"
                            + " it)";
        }
        if (field == null) {
            return " (entity " + entity + " and its sub-entities)";
        }
        if (CloudKitNames.isContainerField(field)) {
            return " (a field the container adds to every record type of entity " + entity + "'s hierarchy)";
        }
        String property = CloudKitNames.propertyOf(field);
        if (property == null) {
            return "";
        }
        return " (entity " + entity + " or one of its sub-entities, property " + property
                + (CloudKitNames.isAssetCompanion(field) ? ", the asset field its large values go to)" : ")");
    }

    /** The identifier-like word at a message offset, white space before it skipped. */
    private static String wordAt(String text, int offset) {
        int start = offset;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                || text.charAt(end) == '.')) {
            end++;
        }
        String word = text.substring(start, end);
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static String restOfLine(String text, int offset) {
        int end = LogEntry.lineEnd(text, offset);
        return text.substring(Math.min(offset, end), end).strip();
    }

    /**
     * Whether an error text at this offset stands where a message starts: at the start of its line, or after a
     * colon, {@code =}, a bracket, a semicolon or a quote that itself starts a message. Prose that mentions an
     * error's words ("when you see Cannot create or modify field ...") does not.
     */
    static boolean startsMessage(String text, int offset) {
        int i = skipBlanksBackwards(text, offset - 1);
        if (i < 0 || LogEntry.isLineBreak(text.charAt(i))) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '"' || c == '\'' || c == '\u201C' || c == '\u2018') {
            int j = skipBlanksBackwards(text, i - 1);
            return j < 0 || LogEntry.isLineBreak(text.charAt(j)) || ":=({[;>,".indexOf(text.charAt(j)) >= 0;
        }
        return ":=({[;>".indexOf(c) >= 0;
    }

    private static int skipBlanksBackwards(String text, int i) {
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Core Data's error numbers

    private static final Pattern CORE_DATA_CODE = Pattern.compile("Code=(134\\d\\d\\d)");

    private static void findCoreDataCodes(Squeezed squeezed, List<Sighting> out) {
        if (!squeezed.text().contains("Code=134")) {
            return;
        }
        Matcher match = CORE_DATA_CODE.matcher(squeezed.text());
        boolean elementsListed = out.stream().anyMatch(s -> s.key().kind() == DiagnosisKind.MODEL_VALIDATION
                || s.key().kind() == DiagnosisKind.STORE_OPTIONS);
        while (match.find()) {
            int offset = squeezed.original(match.start());
            switch (match.group(1)) {
                case "134060" -> {
                    if (!elementsListed) {
                        elementsListed = true;
                        out.add(new Sighting(key(DiagnosisKind.MODEL_VALIDATION, "unlisted"), offset,
                                "The store failed to load with error 134060, and the log does not show which"
                                        + " elements Core Data rejected."));
                    }
                }
                case "134400" -> out.add(new Sighting(key(DiagnosisKind.ACCOUNT, "no-account"), offset,
                        "NSPersistentCloudKitContainer cannot sync without an iCloud account (error 134400)."));
                case "134410" -> out.add(new Sighting(key(DiagnosisKind.STORE_IN_USE_ELSEWHERE, ""), offset,
                        "CloudKit setup failed: another instance of this store is already syncing in this process"
                                + " (error 134410)."));
                case "134301" -> out.add(new Sighting(key(DiagnosisKind.HISTORY_EXPIRED, "expired"), offset,
                        "A persistent history token has expired (error 134301)."));
                default -> { }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // CKErrors

    private static final String[] CODE_NAMES = {null, "internalError", "partialFailure", "networkUnavailable",
        "networkFailure", "badContainer", "serviceUnavailable", "requestRateLimited", "missingEntitlement",
        "notAuthenticated", "permissionFailure", "unknownItem", "invalidArguments", "resultsTruncated",
        "serverRecordChanged", "serverRejectedRequest", "assetFileNotFound", "assetFileModified",
        "incompatibleVersion", "constraintViolation", "operationCancelled", "changeTokenExpired",
        "batchRequestFailed", "zoneBusy", "badDatabase", "quotaExceeded", "zoneNotFound", "limitExceeded",
        "userDeletedZone", "tooManyParticipants", "alreadyShared", "referenceViolation", "managedAccountRestricted",
        "participantMayNeedVerification", "serverResponseLost", "assetNotAvailable", "accountTemporarilyUnavailable"};

    /** CKError.Code names as descriptions print them, squeezed, with their public codes. */
    private static final Map<String, Integer> CK_ERROR_NAMES = ckErrorNames();

    /** {@code "Name" (CODE/SERVER)}, {@code "Name" (CODE)} or, for internal codes, {@code "Name" (SERVER)}. */
    private static final Pattern CK_ERROR = Pattern.compile("\"([A-Z][A-Za-z']+)\"\\((\\d+)(?:/(\\d+))?\\)");
    private static final Pattern TRAILING_QUOTES = Pattern.compile("[\u201C\u201D\\s]+$");
    /** What differs between repeats of one error: addresses and UUIDs. */
    private static final Pattern VOLATILE = Pattern.compile("0x\\p{XDigit}+|\\p{XDigit}{8}(?:-\\p{XDigit}{4}){3}"
            + "-\\p{XDigit}{12}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CK_ERROR_DOMAIN = Pattern.compile("CKErrorDomain(?:error|Code=)?(\\d{1,2})(?!\\d)");
    private static final Pattern DESCRIPTION = Pattern.compile(
            "\\G\\s*;\\s*(?:server message\\s*=\\s*)?\"([^\"\\n\u2028]{1,300})");
    private static final Pattern ZONE = Pattern.compile("Zone'([^']+)'doesnotexist");

    private record Mention(int offset, int code, String description) {}

    private static void findCkErrors(String text, Squeezed squeezed, List<Sighting> out) {
        if (!squeezed.text().contains("\"(") && !squeezed.text().contains("CKErrorDomain")) {
            return;
        }
        List<Mention> mentions = new ArrayList<>();
        Matcher match = CK_ERROR.matcher(squeezed.text());
        while (match.find()) {
            Integer named = CK_ERROR_NAMES.get(match.group(1));
            if (named == null) {
                continue;
            }
            int number = Integer.parseInt(match.group(2));
            int code = number <= 100 ? number : named;
            Matcher description = DESCRIPTION.matcher(text);
            description.region(squeezed.original(match.end() - 1) + 1, text.length());
            mentions.add(new Mention(squeezed.original(match.start()), code,
                    description.lookingAt() ? TRAILING_QUOTES.matcher(description.group(1)).replaceAll("") : ""));
        }
        Matcher domain = CK_ERROR_DOMAIN.matcher(squeezed.text());
        while (domain.find()) {
            mentions.add(new Mention(squeezed.original(domain.start()), Integer.parseInt(domain.group(1)), ""));
        }
        if (mentions.isEmpty()) {
            return;
        }
        mentions.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        // Where the known messages are, sorted, so each CKError finds the first one after it in log time.
        int[] explained = out.stream().mapToInt(Sighting::offset).sorted().toArray();
        boolean partialFailure = false;
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            int end = i + 1 < mentions.size() ? mentions.get(i + 1).offset() : text.length();
            if (mention.code() == 2 || mention.code() == 22) {
                partialFailure = true;
                continue;
            }
            int next = Arrays.binarySearch(explained, mention.offset());
            int firstAfter = next >= 0 ? next : -next - 1;
            boolean hasMessage = firstAfter < explained.length && explained[firstAfter] < end;
            if (!hasMessage) {
                Sighting sighting = fromCode(mention, text.substring(mention.offset(), end));
                if (sighting != null) {
                    out.add(sighting);
                }
            }
        }
        if (partialFailure && out.isEmpty()) {
            out.add(new Sighting(key(DiagnosisKind.PARTIAL_FAILURE, ""), mentions.get(0).offset(),
                    "CloudKit failed some records of a batch (partial failure, CKError 2)."));
        }
    }

    private static Sighting fromCode(Mention mention, String region) {
        int code = mention.code();
        int offset = mention.offset();
        String said = mention.description().isEmpty() ? "" : ": \"" + mention.description() + "\"";
        return switch (code) {
            case 5 -> new Sighting(key(DiagnosisKind.CONTAINER_PERMISSION, "bad-container"), offset,
                    "CloudKit does not know the container (\"Bad Container\")" + said + ".");
            case 10 -> new Sighting(key(DiagnosisKind.CONTAINER_PERMISSION, "permission"), offset,
                    "CloudKit refused the request (\"Permission Failure\")" + said + ".");
            case 8 -> new Sighting(key(DiagnosisKind.MISSING_ENTITLEMENT, ""), offset,
                    "CloudKit refused the process: it lacks the iCloud entitlement (\"Missing Entitlement\").");
            case 6, 7, 23 -> new Sighting(key(DiagnosisKind.THROTTLED, ""), offset,
                    "CloudKit asked the app to wait before sending more requests (CKError " + code + ", "
                            + codeName(code) + ").");
            case 9 -> new Sighting(key(DiagnosisKind.ACCOUNT, "no-account"), offset,
                    "CloudKit refused the request: no authenticated iCloud account (\"Not Authenticated\")" + said
                            + ".");
            case 36 -> new Sighting(key(DiagnosisKind.ACCOUNT, "temporarily-unavailable"), offset,
                    "The iCloud account is temporarily unavailable (CKError 36).");
            case 25 -> new Sighting(key(DiagnosisKind.QUOTA_EXCEEDED, ""), offset,
                    "CloudKit refused a save: the user's iCloud storage is full (\"Quota Exceeded\").");
            case 26, 28 -> {
                Matcher zone = ZONE.matcher(Squeezed.of(region).text());
                String name = zone.find() ? zone.group(1) : "";
                yield new Sighting(key(DiagnosisKind.ZONE_NOT_FOUND, code + ":" + name), offset,
                        (code == 28 ? "The user deleted the record zone" : "The record zone does not exist")
                                + (name.isEmpty() ? "" : " (zone " + name + ")") + said + ".");
            }
            case 27 -> new Sighting(key(DiagnosisKind.LIMIT_EXCEEDED, ""), offset,
                    "CloudKit refused a request over one of its limits (\"Limit Exceeded\")" + said + ".");
            case 20 -> null;
            default -> new Sighting(key(DiagnosisKind.CLOUDKIT_ERROR, code + ":" + normalise(mention.description())),
                    offset, "CloudKit returned CKError " + code + " (" + codeName(code) + ")" + said + ".");
        };
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
        return SPACES.matcher(VOLATILE.matcher(description.substring(0, cut)).replaceAll("")).replaceAll(" ").strip();
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
