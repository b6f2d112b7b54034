package dev.cdlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class SkipReasonsTest {

    /** Run by the test below through the JUnit launcher, not by Surefire (it skips nested classes). */
    static class CorpusTests {
        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3})
        void readsTheCorpus(int model) {
            assumeTrue(false, "skipped: an example reason, printed on purpose by SkipReasonsTest");
        }

        @Test
        void passes() {}
    }

    @Test
    void printsEachReasonOncePerClass() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                .execute(
                LauncherDiscoveryRequestBuilder.request().selectors(selectClass(CorpusTests.class)).build(),
                new SkipReasons(new PrintStream(console, true, StandardCharsets.UTF_8)));

        assertThat(console.toString(StandardCharsets.UTF_8))
                .isEqualTo("[SKIPPED] SkipReasonsTest$CorpusTests: an example reason, printed on purpose by SkipReasonsTest" + System.lineSeparator());
    }

    @Test
    void isRegisteredForEveryTestRun() {
        assertThat(ServiceLoader.load(TestExecutionListener.class))
                .anyMatch(SkipReasons.class::isInstance);
    }
}
