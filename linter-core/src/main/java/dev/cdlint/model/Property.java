package dev.cdlint.model;

import dev.cdlint.source.SourceLocation;
import java.util.Map;

/** What attributes and relationships share: a name, User Info and a place in the file. */
public sealed interface Property permits Attribute, Relationship {

    String name();

    Map<String, String> userInfo();

    /** Xcode's "Renaming ID", which lightweight migration matches elements by; null when unset (the name then). */
    String renamingIdentifier();

    SourceLocation location();
}
