package dev.cdlint.logs;

import dev.cdlint.logs.kinds.DiagnosisKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Core Data's own error numbers ({@code NSCocoaErrorDomain Code=134…}) where no known text in the same error says
 * more. For 134060 the failure reason decides: the validator's listing and the missing store options are
 * {@link ModelValidation}'s and {@link KnownMessages}' to report, objects in several zones are a zone conflict, a
 * reason cdlint does not know is a setup failure quoted as it is, and only a 134060 that gives no reason at all is
 * reported as a model the validator rejected without saying which elements.
 */
final class CoreDataCodes implements EvidenceFinder {

    /** The variant of a 134060 that names no element. */
    static final String UNLISTED = "unlisted";

    private static final Pattern CORE_DATA_CODE = Pattern.compile("Code=(134\\d\\d\\d)");
    private static final Pattern FAILURE_REASON = Pattern.compile("NSLocalizedFailureReason=");
    /** The reason as Core Data prints it, up to the end of the dictionary entry or of the line. */
    private static final Pattern REASON_TEXT = Pattern.compile("\\G\\s*\"?([^\\n\u2028,}\"]{1,200})");

    @Override
    public void find(Message message, List<Sighting> found) {
        String s = message.squeezed().text();
        if (!s.contains("Code=134")) {
            return;
        }
        int[] codes = offsets(CORE_DATA_CODE.matcher(s));
        List<Sighting> known = new ArrayList<>(found);
        known.sort(Comparator.comparingInt(Sighting::offset));
        int[] knownOffsets = known.stream().mapToInt(Sighting::offset).toArray();
        for (int i = 0; i < codes.length; i++) {
            int squeezedStart = codes[i];
            int squeezedEnd = i + 1 < codes.length ? codes[i + 1] : s.length();
            int offset = message.squeezed().original(squeezedStart);
            int end = message.squeezed().original(squeezedEnd);
            // The known texts between this code and the next: what its error says in words.
            List<Sighting> said = known.subList(Message.firstAfter(knownOffsets, offset - 1),
                    Message.firstAfter(knownOffsets, end - 1));
            String code = s.substring(squeezedStart + "Code=".length(), squeezedStart + "Code=".length() + 6);
            Sighting sighting = switch (code) {
                case "134060" -> said.isEmpty() ? loadFailure(message, squeezedStart, squeezedEnd, offset) : null;
                case "134400" -> new Sighting(Problem.of(DiagnosisKind.ACCOUNT, "no-account"), offset,
                        "NSPersistentCloudKitContainer cannot sync without an iCloud account (error 134400).");
                case "134410" -> new Sighting(Problem.of(DiagnosisKind.STORE_IN_USE_ELSEWHERE, ""), offset,
                        "CloudKit setup failed: another instance of this store is already syncing in this process"
                                + " (error 134410).");
                case "134301" -> new Sighting(Problem.of(DiagnosisKind.HISTORY_EXPIRED, "expired"), offset,
                        "A persistent history token has expired (error 134301).");
                default -> null;
            };
            if (sighting != null && said.stream().noneMatch(k -> k.problem().kind() == sighting.problem().kind())) {
                found.add(sighting);
            }
        }
    }

    /** What a 134060 in {@code [start, end)} of the squeezed text is, when no known text in it says. */
    private static Sighting loadFailure(Message message, int start, int end, int offset) {
        Matcher reason = FAILURE_REASON.matcher(message.squeezed().text()).region(start, end);
        if (reason.find()) {
            Matcher text = REASON_TEXT.matcher(message.text());
            text.region(message.squeezed().original(reason.end()), message.text().length());
            String said = text.lookingAt() ? text.group(1).strip() : "";
            return new Sighting(Problem.of(DiagnosisKind.SETUP_FAILED, "134060:" + said), offset,
                    "Core Data could not set up CloudKit for the store (error 134060" + (said.isEmpty() ? ")."
                            : ": \"" + said + "\")."));
        }
        return new Sighting(Problem.of(DiagnosisKind.MODEL_VALIDATION, UNLISTED), offset,
                "The store failed to load with error 134060, and the log does not show which elements Core Data"
                        + " rejected.");
    }

    private static int[] offsets(Matcher match) {
        int count = 0;
        int[] offsets = new int[4];
        while (match.find()) {
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
            }
            offsets[count++] = match.start();
        }
        return Arrays.copyOf(offsets, count);
    }
}
