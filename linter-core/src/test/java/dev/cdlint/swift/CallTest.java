package dev.cdlint.swift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a call is named, qualified and located, as the container-code reader reports it. */
class CallTest {

    private static List<Call> calls(String text, String name) {
        return SwiftFile.read(Path.of("App.swift"), text).calls(name::equals);
    }

    private static Call call(String text, String name) {
        List<Call> calls = calls(text, name);
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    @Test
    void aQualifiedCallIsLocatedAtTheStartOfItsChain() {
        Call call = call("let s = \n  Store.Shared.make(1)", "make");

        assertThat(call.qualifier()).isEqualTo("Store.Shared.");
        assertThat(call.isImplicitMember()).isFalse();
        assertThat(call.location()).hasToString("App.swift:2:3");
    }

    @Test
    void anImplicitMemberCallIsLocatedAtItsDot() {
        Call call = call("let d = .private(\"iCloud.a\")", "private");

        assertThat(call.qualifier()).isEqualTo(".");
        assertThat(call.isImplicitMember()).isTrue();
        assertThat(call.location()).hasToString("App.swift:1:9");
        assertThat(call("x = Kind.Nested.private(1)", "private").location()).hasToString("App.swift:1:5");
        assertThat(call(".private(1)", "private").qualifier()).isEqualTo(".");
    }

    @Test
    void aModifierOnItsOwnLineIsAnImplicitMemberCallLocatedOnThatLine() {
        Call call = call("let scene = content\n    .modelContainer(for: Item.self)", "modelContainer");

        assertThat(call.qualifier()).isEqualTo(".");
        assertThat(call.isImplicitMember()).isTrue();
        assertThat(call.location()).hasToString("App.swift:2:5");
    }

    @Test
    void aPlainCallIsLocatedAtItsName() {
        Call call = call("let c = 1; ModelContainer(for: Item.self)", "ModelContainer");

        assertThat(call.qualifier()).isEmpty();
        assertThat(call.location()).hasToString("App.swift:1:12");
    }

    @Test
    void aLabelWithoutAValueIsStillALabel() {
        Call call = call("f(a:, b, c: 1)", "f");

        assertThat(call.arguments()).extracting(a -> a.label() + "=" + a.value().text())
                .containsExactly("a=", "null=b", "c=1");
    }
}
