package dev.cdlint.model;

import dev.cdlint.source.SourceLocation;
import java.util.List;

/** A fetch index: a name and the properties it indexes, in order. */
public record FetchIndex(String name, List<String> properties, SourceLocation location) {

    public FetchIndex {
        properties = List.copyOf(properties);
    }
}
