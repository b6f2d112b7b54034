package dev.cdlint.benchmarks;

import java.util.List;

/**
 * A long console session of an app whose sync fails, as {@code log show --style compact} prints it: the app's
 * Core Data chatter interleaved with other processes, and the same few failures repeated every minute or so
 * (a partial failure with production-schema errors, throttles), plus a 134060 load failure now and then and a
 * trickle of distinct CloudKit errors, so the diagnoses stay few while the log grows.
 */
final class SyntheticConsole {

    private static final String PARTIAL_FAILURE = "CoreData: error: CoreData+CloudKit:"
            + " -[NSCloudKitMirroringDelegate _requestAbortedNotInitialized:](2200): <NSCloudKitMirroringDelegate:"
            + " 0x600003d04000> - Never successfully initialized and cannot execute request"
            + " '<NSCloudKitMirroringExportRequest: 0x600002c1e0a0> 8F3A1C2B' due to error: <CKError 0x600000c4a0d0:"
            + " \"Partial Failure\" (2/1011); \"Failed to modify some records\"; partial errors: {";
    private static final String ITEM = "\t%08X:(com.apple.coredata.cloudkit.zone:__defaultOwner__) = <CKError"
            + " 0x600000c49f20: \"Invalid Arguments\" (12/2006); server message = \"Cannot create or modify field"
            + " 'CD_%s' in record 'CD_%s' in production schema\"; op = 9A2F; uuid = 77E1>";
    private static final List<String> CHATTER = List.of(
            "CoreData: debug: CoreData+CloudKit: -[PFCloudKitExporter analyzeHistoryInStore:withManagedObjectContext:"
                    + "error:](133): <PFCloudKitExporter: 0x600002c1e0a0> Exporting changes since <NSPersistentHistoryToken"
                    + " - {5B1D = 412}>",
            "CoreData: CloudKit: CoreData+CloudKit: -[NSCloudKitMirroringDelegate _finishedRequest:withResult:](3582):"
                    + " Finished request: <NSCloudKitMirroringImportRequest: 0x600003> with result:"
                    + " <NSCloudKitMirroringResult: 0x600004> storeIdentifier: 5B1D success: 1 madeChanges: 0 error: (null)",
            "[Sync] Tip: if the log says Cannot create or modify field, deploy the schema.",
            "[UI] Reloaded 42 entries in 3 ms");

    private SyntheticConsole() {}

    /** About {@code lines} lines; {@code wrapAt} > 0 hard-wraps every line there, as a terminal paste does. */
    static String session(int lines, int wrapAt) {
        StringBuilder log = new StringBuilder(lines * 160);
        int written = 0;
        for (int tick = 0; written < lines; tick++) {
            String time = String.format("2026-11-20 %02d:%02d:%02d.%03d", 9 + tick / 36000 % 12, tick / 600 % 60,
                    tick / 10 % 60, tick % 1000);
            String line;
            int lineCount = 1;
            if (tick % 50 == 7) {
                StringBuilder error = new StringBuilder(PARTIAL_FAILURE);
                String[] fields = {"caption", "privateNote", "photo_ckAsset"};
                for (int i = 0; i < fields.length; i++) {
                    error.append('\n').append(String.format(ITEM, tick * 7 + i, fields[i], "Entry"));
                }
                error.append("\n}>");
                line = time + " E  Journal[4312:3c1f2] [com.apple.coredata:cloudkit] " + error;
                lineCount = 5;
            } else if (tick % 97 == 3) {
                line = time + " E  Journal[4312:3c1f2] [com.apple.coredata:cloudkit] <CKError 0x6: \"Request Rate"
                        + " Limited\" (7/2061); \"Operation throttled by previous server http 503 reply. Retry after"
                        + " 40.0 seconds.\">";
            } else if (tick % 1000 == 500) {
                line = time + " E  Journal[4312:3c1f2] CoreData: error: Store failed to load with Error"
                        + " Domain=NSCocoaErrorDomain Code=134060 UserInfo={NSLocalizedFailureReason=CloudKit"
                        + " integration requires that all relationships have an inverse, the following do not:\n"
                        + "Note: folder\nTag: notes}";
                lineCount = 3;
            } else if (tick % 211 == 11) {
                line = time + " E  Journal[4312:3c1f2] <CKError 0x7: \"Server Rejected Request\" (15/" + (tick % 5)
                        + "); \"Internal server error " + (tick % 5) + "\">";
            } else if (tick % 3 == 1) {
                line = time + " Df cloudd[88:11] [com.apple.cloudkit:op] Operation " + tick + " finished in 12 ms";
            } else if (tick % 3 == 2) {
                line = time + " Df SpringBoard[55:7] [com.apple.frontboard] Scene update for Journal";
            } else {
                line = time + " Db Journal[4312:3c1f2] [com.apple.coredata:cloudkit] " + CHATTER.get(tick % CHATTER.size());
            }
            if (wrapAt > 0) {
                for (String physical : line.split("\n")) {
                    for (int from = 0; from < physical.length(); from += wrapAt) {
                        log.append(physical, from, Math.min(physical.length(), from + wrapAt)).append('\n');
                        written++;
                    }
                }
            } else {
                log.append(line).append('\n');
                written += lineCount;
            }
        }
        return log.toString();
    }
}
