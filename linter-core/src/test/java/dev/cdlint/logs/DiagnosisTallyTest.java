package dev.cdlint.logs;

import static dev.cdlint.logs.LogDiagnoserTest.describe;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which sightings of a message count: a setup failure only without its cause, a bare header only without items. */
class DiagnosisTallyTest {

    private static final String SETUP = "Failed to set up CloudKit integration for store: <NSSQLCore: 0x1>";
    private static final String TYPE = "Cannot create new type CD_Tag in production schema";
    private static final String INVERSE = "CloudKit integration requires that all relationships have an inverse, the"
            + " following do not:";

    @Test
    void aSetupFailureFollowedInItsMessageByItsCauseIsTheCause() throws IOException {
        assertThat(describe("CoreData: error: " + SETUP + "; " + TYPE + "\n"))
                .containsExactly("production-schema-type - CD_Tag/- ×1 @1");
        assertThat(describe("CoreData: error: " + TYPE + "; " + SETUP + "\n"))
                .containsExactly("production-schema-type - CD_Tag/- ×1 @1", "setup-failed - - ×1 @1");
    }

    /** The cause after a second setup failure is that one's: the first stays unexplained. */
    @Test
    void aCauseExplainsOnlyTheSetupFailureRightBeforeIt() throws IOException {
        assertThat(describe("CoreData: error: " + SETUP + "; " + SETUP.replace("0x1", "0x2") + "; " + TYPE + "\n"))
                .containsExactlyInAnyOrder("setup-failed - - ×1 @1", "production-schema-type - CD_Tag/- ×1 @1");
    }

    @Test
    void aHeaderWithoutItemsAddsNothingWhenTheLogsListItemsOfTheSameCheck() throws IOException {
        String headerOnly = "CoreData: error: " + INVERSE + "\n";
        String listed = "CoreData: error: " + INVERSE + "\nTag: entries\n";
        String ordered = "CoreData: error: CloudKit integration does not support ordered relationships. The following"
                + " relationships are marked ordered:\n";

        assertThat(describe(headerOnly + listed))
                .containsExactly("model-validation relationship-missing-inverse Tag.entries ×1 @3");
        assertThat(describe(ordered + listed)).containsExactly("model-validation ordered-relationship - ×1 @1",
                "model-validation relationship-missing-inverse Tag.entries ×1 @3");
    }

    @Test
    void aBare134060AddsNothingOnlyWhenTheLogsListSomeElement() throws IOException {
        String bare = "CoreData: error: Store failed to load. Error Domain=NSCocoaErrorDomain Code=134060 \"A Core Data"
                + " error occurred.\"\n";

        assertThat(describe(bare + "CoreData: error: " + INVERSE + "\nTag: entries\n"))
                .containsExactly("model-validation relationship-missing-inverse Tag.entries ×1 @3");
        assertThat(describe(bare + "CoreData: error: " + TYPE + "\n"))
                .containsExactly("model-validation - - ×1 @1", "production-schema-type - CD_Tag/- ×1 @2");
    }

    /**
     * A problem dated more often than the tally keeps times for is thinned to every other time, again and again:
     * its times stay in order, evenly spaced, from the first occurrence, and never more than {@code MAX_TIMES}.
     */
    @Test
    void aProblemSeenMoreOftenThanTheTimesKeptIsThinnedEvenly() throws IOException {
        StringBuilder log = new StringBuilder();
        int occurrences = 3 * DiagnosisTally.MAX_TIMES;
        for (int second = 0; second < occurrences; second++) {
            log.append(Instant.parse("2026-11-20T09:00:00Z").plusSeconds(second).toString().replace('T', ' ')
                    .replace("Z", ".000")).append(" E  Journal[4312:3c1f2] [com.apple.coredata:cloudkit] ")
                    .append(TYPE).append('\n');
        }

        Diagnosis d = LogDiagnoserTest.diagnose(log.toString()).get(0);

        assertThat(d.count()).isEqualTo(occurrences);
        assertThat(d.times()).hasSize(occurrences / 4).first().hasToString("2026-11-20T09:00:00Z");
        assertThat(d.times().get(1)).hasToString("2026-11-20T09:00:04Z");
        assertThat(d.times()).last().hasToString("2026-11-20T09:51:08Z");
    }
}
