package dev.cdlint.model;

import dev.cdlint.source.SourceLocation;
import java.util.List;

/** A composite attribute definition (iOS 17+): a named group of attributes that Composite attributes use. */
public record CompositeDefinition(String name, List<Attribute> attributes, SourceLocation location) {

    public CompositeDefinition {
        attributes = List.copyOf(attributes);
    }
}
