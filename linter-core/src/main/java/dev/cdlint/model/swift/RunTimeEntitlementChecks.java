package dev.cdlint.model.swift;

import dev.cdlint.swift.Call;
import dev.cdlint.swift.SwiftFile;
import dev.cdlint.swift.SwiftSource;
import dev.cdlint.swift.Token;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether the code that makes a container asks for the process's entitlements at run time: the outermost type
 * around the call (the file, at top level) calls {@code SecTaskCopyValueForEntitlement} or a function of the project
 * that does, directly or through others. A build signed without CloudKit then runs without it on purpose
 * (docs/cloudkit.md#wiring-entitlements).
 */
final class RunTimeEntitlementChecks {

    /** Security's functions that read the running process's entitlements. */
    private static final Set<String> SECURITY_FUNCTIONS = Set.of("SecTaskCopyValueForEntitlement",
            "SecTaskCopyValuesForEntitlements");

    private final SwiftIndex index;
    private final Function<SwiftSource, SwiftFile> files;
    private Set<String> names;

    RunTimeEntitlementChecks(SwiftIndex index, Function<SwiftSource, SwiftFile> files) {
        this.index = index;
        this.files = files;
    }

    /** Whether the type (or file) around {@code call} asks for the entitlements. */
    boolean around(SwiftFile file, Call call) {
        Set<String> checks = names();
        SwiftSource source = file.source();
        int open = index.outermostTypeBody(file, call.nameIndex());
        int from = open < 0 ? 0 : open + 1;
        int to = open < 0 ? source.size() : source.partner(open);
        for (int i = from; i + 1 < to; i++) {
            Token token = source.token(i);
            if (token.kind() == Token.Kind.IDENTIFIER && checks.contains(token.text())
                    && source.token(i + 1).isPunctuation('(')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names a call of which asks for the entitlements: Security's functions, and every function of the project
     * whose body calls one of them. Initializers are left out: {@code init(} is not how they are called.
     */
    private Set<String> names() {
        if (names == null) {
            Set<String> found = new HashSet<>(SECURITY_FUNCTIONS);
            Set<String> frontier = found;
            for (int depth = 0; depth <= SwiftIndex.MAX_DEPTH && !frontier.isEmpty(); depth++) {
                Set<String> callers = new HashSet<>();
                for (String name : frontier) {
                    for (Call call : index.calls(name)) {
                        index.enclosingFunction(files.apply(call.source()), call.nameIndex())
                                .map(f -> f.declaration().name())
                                .filter(f -> !f.equals("init") && found.add(f)).ifPresent(callers::add);
                    }
                }
                frontier = callers;
            }
            names = found;
        }
        return names;
    }
}
