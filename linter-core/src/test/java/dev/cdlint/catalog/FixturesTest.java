package dev.cdlint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.check.Check;
import dev.cdlint.testing.Expectations.Expectation;
import dev.cdlint.testing.Expectations;
import dev.cdlint.testing.Fixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture of every family, through the real pipeline: exactly the findings its markers expect. */
class FixturesTest {

    static Stream<Fixture> fixtures() {
        return Fixture.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsExactlyTheFindingsItsMarkersExpect(Fixture fixture) {
        fixture.expectations().assertMatch(fixture.run(), fixture + ", compared for " + fixture.comparedChecks());
    }

    @Test
    void everyFixtureIsNamedAfterACheckOfItsFamily() {
        assertThat(Fixture.all()).isNotEmpty().allSatisfy(Fixture::subject);
    }

    /** A check with no fixture that triggers it, or none that shows it quiet on a look-alike, is untested. */
    @Test
    void everyCheckHasAFixtureThatTriggersItAndALookAlikeThatStaysQuiet() {
        List<Expectations> all = Fixture.all().stream().map(Fixture::expectations).toList();
        Set<String> triggered = all.stream().flatMap(e -> e.expected().stream()).map(Expectation::rule)
                .collect(Collectors.toSet());
        Set<String> quiet = all.stream().flatMap(e -> e.quiet().stream()).map(Expectations.Quiet::rule)
                .collect(Collectors.toSet());

        List<String> ids = Catalog.all().stream().map(Check::id).toList();
        assertThat(ids.stream().filter(id -> !triggered.contains(id)).toList())
                .as("checks no fixture expects a finding of").isEmpty();
        assertThat(ids.stream().filter(id -> !quiet.contains(id)).toList())
                .as("checks no fixture marks quiet on a look-alike").isEmpty();
    }
}
