package dev.cdlint.model;

import dev.cdlint.source.SourceLocation;
import java.util.Map;

/** What attributes and relationships share: a name, User Info and a place in the file. */
public sealed interface Property permits Attribute, Relationship {

    String name();

    Map<String, String> userInfo();

    SourceLocation location();
}
