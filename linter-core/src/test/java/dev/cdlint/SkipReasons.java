package dev.cdlint;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why tests were skipped on the build's console, once per test class and reason. Maven Surefire only
 * counts skipped tests on the console and keeps the reason in {@code target/surefire-reports}, where nobody
 * looks; a developer without {@code ../shared} or {@code pre-commit} should see at once what did not run.
 * Registered for every module whose tests see this module's test jar, through {@code META-INF/services}.
 */
public final class SkipReasons implements TestExecutionListener {

    private final Set<String> printed = new HashSet<>();
    private final PrintStream out;

    public SkipReasons() {
        this(System.out);
    }

    SkipReasons(PrintStream out) {
        this.out = out;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        report(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            report(test, result.getThrowable().map(Throwable::getMessage).orElse("no reason given"));
        }
    }

    private void report(TestIdentifier test, String reason) {
        String where = className(test).orElse(test.getDisplayName());
        String why = reason == null ? "no reason given" : reason.replaceFirst("^(Assumption failed: )?(skipped: )?", "");
        if (printed.add(where + '\n' + why)) {
            out.println("[SKIPPED] " + where + ": " + why);
            out.flush();
        }
    }

    private static Optional<String> className(TestIdentifier test) {
        return test.getSource().flatMap(source -> {
            if (source instanceof MethodSource method) {
                return Optional.of(method.getClassName());
            }
            if (source instanceof ClassSource type) {
                return Optional.of(type.getClassName());
            }
            return Optional.empty();
        }).map(name -> name.substring(name.lastIndexOf('.') + 1));
    }
}
