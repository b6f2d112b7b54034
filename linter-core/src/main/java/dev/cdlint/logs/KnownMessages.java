package dev.cdlint.logs;

import dev.cdlint.logs.kinds.DiagnosisKind;
import dev.cdlint.mapping.Mirror;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server and framework messages cdlint knows, matched on the {@link Squeezed squeezed} message so wrapping does
 * not matter. A known message counts only where a message starts ({@link Message#startsMessage}): at the line
 * start, or after a colon, a quote, {@code =} or a bracket, never in the middle of a sentence that merely quotes its
 * words. The texts, their sources and what each means are in {@code docs/cloudkit.md#sync-logs}.
 */
final class KnownMessages implements EvidenceFinder {

    /** Builds a sighting from a match on the squeezed text; the match's start is where the message starts. */
    @FunctionalInterface
    private interface SightingBuilder {
        Sighting build(Matcher match, Message message, int offset);
    }

    /**
     * A known error text, and whether it only counts where a message starts. {@code key} is the literal every match
     * starts with: looking for it first is what keeps the many messages that hold no error cheap, and the pattern
     * runs only where it is.
     */
    private record Phrase(Pattern pattern, String key, boolean atMessageStart, SightingBuilder builder) {

        Phrase(Pattern pattern, boolean atMessageStart, SightingBuilder builder) {
            this(pattern, literalPrefix(pattern.pattern()), atMessageStart, builder);
        }

        void find(Message message, List<Sighting> out) {
            String squeezed = message.squeezed().text();
            int at = squeezed.indexOf(key);
            if (at < 0) {
                return;
            }
            Matcher match = pattern.matcher(squeezed);
            while (at >= 0) {
                if (match.region(at, squeezed.length()).lookingAt()) {
                    int offset = message.squeezed().original(match.start());
                    if (!atMessageStart || message.startsMessage(offset)) {
                        out.add(builder.build(match, message, offset));
                    }
                    at = squeezed.indexOf(key, Math.max(match.end(), at + 1));
                } else {
                    at = squeezed.indexOf(key, at + 1);
                }
            }
        }
    }

    @Override
    public void find(Message message, List<Sighting> found) {
        // One pass finds which phrases' first two characters occur; only those are looked for.
        String squeezed = message.squeezed().text();
        long candidates = 0;
        for (int i = 1; i < squeezed.length(); i++) {
            candidates |= FIRST_PAIRS[pair(squeezed.charAt(i - 1), squeezed.charAt(i))];
        }
        for (int i = 0; candidates != 0 && i < PHRASES.size(); i++) {
            if ((candidates & 1L << i) != 0) {
                PHRASES.get(i).find(message, found);
            }
        }
    }

    /** Two characters as an index of {@link #FIRST_PAIRS}; characters beyond Latin-1 share slots, harmlessly. */
    private static int pair(char first, char second) {
        return (first & 0xFF) << 8 | second & 0xFF;
    }

    private static long[] firstPairs(List<Phrase> phrases) {
        if (phrases.size() > Long.SIZE) {
            throw new IllegalStateException("more phrases than bits in a long");
        }
        long[] pairs = new long[1 << 16];
        for (int i = 0; i < phrases.size(); i++) {
            String key = phrases.get(i).key();
            pairs[pair(key.charAt(0), key.charAt(1))] |= 1L << i;
        }
        return pairs;
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
        return phrase(regex, (m, message, offset) -> new Sighting(Problem.of(kind, variant), offset, detail));
    }

    private static final String QUOTED = "'([^']*)'";
    private static final String THROTTLED = "CloudKit asked the app to wait before sending more requests.";
    private static final String STORE_SYNCED_TWICE = "A second container registered the same CloudKit setup"
            + " activity.";
    /** The entity in a managed object ID's URI: {@code x-coredata://STORE-UUID/Entity/p42}. */
    private static final Pattern OBJECT_ID_ENTITY = Pattern.compile("x-coredata://[^/'\"]*/(\\w+)/[tp]");

    private static final List<Phrase> PHRASES = List.of(
            phrase("Cannotcreateormodifyfield" + QUOTED + "inrecord" + QUOTED + "inproductionschema",
                    (m, message, offset) -> fieldSighting(DiagnosisKind.PRODUCTION_SCHEMA_FIELD, m.group(2),
                            m.group(1), offset, "CloudKit refused to create field " + m.group(1) + " in record type "
                                    + m.group(2) + " of the production schema" + mapsTo(m.group(2), m.group(1))
                                    + ".")),
            phrase("Cannotcreatenewtype'?([^'\";]+?)'?inproductionschema", (m, message, offset) ->
                    recordTypeMissing(m.group(1), offset, "CloudKit refused to create record type ")),
            phrase("Didnotfindrecordtype:", (m, message, offset) -> recordTypeMissing(
                    wordAt(message.text(), message.squeezed().original(m.end())), offset,
                    "CloudKit has no record type ")),
            phrase("invalidattempttosetvaluetype(\\w+)forfield" + QUOTED + "fortype" + QUOTED + ",definedtobe:",
                    (m, message, offset) -> {
                        String existing = wordAt(message.text(), message.squeezed().original(m.end()));
                        return fieldSighting(DiagnosisKind.FIELD_TYPE_MISMATCH, m.group(3), m.group(2), offset,
                                "CloudKit refused a value of type " + m.group(1) + " for field " + m.group(2)
                                        + " of record type " + m.group(3) + mapsTo(m.group(3), m.group(2))
                                        + ": the field is " + (existing.isEmpty() ? "of another type" : existing)
                                        + ".");
                    }),
            phrase("cannotuseanemptylisttoinitializeanewfield\\(field" + QUOTED + "inrecordtype" + QUOTED,
                    (m, message, offset) -> fieldSighting(DiagnosisKind.NEW_FIELD_FROM_EMPTY_LIST, m.group(2),
                            m.group(1), offset, "CloudKit could not create field " + m.group(1) + " of record type "
                                    + m.group(2) + " from an empty list.")),
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
            simple("CloudKitpushnotificationsrequirethe'?remote-notification'?backgroundmode",
                    DiagnosisKind.BACKGROUND_MODE_MISSING, "", "CloudKit warned that the app lacks the"
                            + " 'remote-notification' background mode, so it cannot be woken to import changes."),
            simple("ErrorconnectingtoCloudKitdaemon", DiagnosisKind.DAEMON_UNAVAILABLE, "",
                    "The process could not connect to the CloudKit daemon."),
            simple("Theconnectiontoservicenamedcom\\.apple\\.cloudd(?![A-Za-z])", DiagnosisKind.DAEMON_UNAVAILABLE,
                    "", "The process could not connect to the CloudKit daemon (its connection to cloudd was"
                            + " invalidated)."),
            simple("recordtoolarge", DiagnosisKind.RECORD_TOO_LARGE, "",
                    "CloudKit refused a record as too large."),
            phrase("Yourrequestcontains(?:(\\d+)items(?:whichis)?)?morethanthemaximumnumberofitemsinasinglerequest",
                    (m, message, offset) -> new Sighting(Problem.of(DiagnosisKind.LIMIT_EXCEEDED, "items"), offset,
                            "CloudKit refused a request with more than the maximum number of items (400)"
                                    + (m.group(1) == null ? "" : ": it had " + m.group(1)) + ".")),
            simple("CloudKitsetupfailedbecausethereisanotherinstanceofthispersistentstore",
                    DiagnosisKind.STORE_IN_USE_ELSEWHERE, "", "CloudKit setup failed: another instance of this"
                            + " store is already syncing in this process."),
            simple("Illegalattempttoregisterasecondhandlerforactivityidentifier",
                    DiagnosisKind.STORE_IN_USE_ELSEWHERE, "", STORE_SYNCED_TWICE),
            simple("RegisteringahandlerforaCKScheduleractivityidentifierthathasalreadybeenregistered",
                    DiagnosisKind.STORE_IN_USE_ELSEWHERE, "", "A second container registered the same CloudKit"
                            + " scheduler activity."),
            phrase("Objectgraphcorruptiondetected", (m, message, offset) -> zoneConflict(message, m.end(), offset)),
            simple("Couldn'tcreatenewPCSblob", DiagnosisKind.SETUP_FAILED, "pcs", "CloudKit could not create the"
                    + " zone's protection data (\"Couldn't create new PCS blob\", an internal error)."),
            new Phrase(Pattern.compile("FailedtosetupCloudKitintegrationforstore"), true, (m, message, offset) ->
                    new Sighting(Problem.of(DiagnosisKind.SETUP_FAILED, ""), offset, "NSPersistentCloudKitContainer"
                            + " could not set up CloudKit for a store, and the log does not say why.", true)),
            simple("Operationthrottledbypreviousserverhttp503reply", DiagnosisKind.THROTTLED, "", THROTTLED),
            new Phrase(Pattern.compile("\"?CKErrorShouldThrottleClient\"?[:=]1"), "CKErrorShouldThrottleClient", false,
                    (m, message, offset) -> new Sighting(Problem.of(DiagnosisKind.THROTTLED, ""), offset, THROTTLED)),
            simple("transferstoandfromtheserverarebeingratelimited", DiagnosisKind.THROTTLED, "", THROTTLED),
            simple("UnabletoinitializewithoutaniCloudaccount", DiagnosisKind.ACCOUNT, "no-account",
                    "NSPersistentCloudKitContainer cannot sync without an iCloud account."),
            simple("Can'treturnaccountcredentialsforaccount", DiagnosisKind.ACCOUNT, "terms",
                    "The iCloud account must accept new terms (or is suspended), so CloudKit refuses its"
                            + " requests."),
            new Phrase(Pattern.compile("Store-\\([^)]*\\)notfoundintoken"), false,
                    (m, message, offset) -> new Sighting(Problem.of(DiagnosisKind.HISTORY_EXPIRED, "other-store"),
                            offset, "A persistent history token was used with a store it does not belong to.")),
            simple("Acontaineridentifierisrequiredfor", DiagnosisKind.STORE_OPTIONS, "container",
                    "The store was loaded with CloudKit but without a container identifier."),
            simple("NSPersistentHistoryTrackingKeyisrequiredfor", DiagnosisKind.STORE_OPTIONS, "history",
                    "The store was loaded with CloudKit but without persistent history tracking."),
            phrase("Toldtoteardownwithreason:", (m, message, offset) -> {
                String reason = restOfLine(message.text(), message.squeezed().original(m.end()));
                return new Sighting(Problem.of(DiagnosisKind.MIRRORING_STOPPED, reason), offset,
                        "NSPersistentCloudKitContainer stopped syncing a store" + (reason.isEmpty() ? "."
                                : " (reason: " + reason + ")."));
            }));

    /** For each pair of characters, the phrases whose key starts with it, as bits of their index. */
    private static final long[] FIRST_PAIRS = firstPairs(PHRASES);

    private static Sighting fieldSighting(DiagnosisKind kind, String recordType, String field, int offset,
            String detail) {
        return new Sighting(new Problem(kind, null, recordType, field, CloudKitNames.entityOf(recordType),
                CloudKitNames.propertyOf(field), ""), offset, detail);
    }

    private static Sighting recordTypeMissing(String recordType, int offset, String what) {
        if (recordType.equals(CloudKitNames.SHARE_RECORD_TYPE)) {
            return new Sighting(new Problem(DiagnosisKind.PRODUCTION_SCHEMA_SHARE, null, recordType, null, null, null,
                    ""), offset, what + recordType + " in the production schema: the record type CloudKit keeps"
                            + " shares in.");
        }
        return new Sighting(new Problem(DiagnosisKind.PRODUCTION_SCHEMA_TYPE, null, recordType, null,
                CloudKitNames.entityOf(recordType), null, ""), offset,
                what + recordType + " in the production schema" + mapsTo(recordType, null) + ".");
    }

    /** Objects of one graph in several zones; the object ID the message names says which entity. */
    private static Sighting zoneConflict(Message message, int squeezedEnd, int offset) {
        String squeezed = message.squeezed().text();
        int zones = squeezed.indexOf("areassignedtomultiplezones", squeezedEnd);
        Matcher objectId = OBJECT_ID_ENTITY.matcher(squeezed);
        objectId.region(squeezedEnd, zones < 0 ? Math.min(squeezed.length(), squeezedEnd + 300) : zones);
        String entity = objectId.find() ? objectId.group(1) : null;
        return new Sighting(new Problem(DiagnosisKind.ZONE_CONFLICT, null, null, null, entity, null, ""), offset,
                "Core Data found objects related to each other in more than one record zone"
                        + (entity == null ? "" : " (related to an object of entity " + entity + ")") + ".");
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
}
