package dev.cdlint.cli;

import dev.cdlint.mapping.DatabaseScope;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the database a schema is mirrored for, naming the valid ones when it is not one ({@code none} mirrors nothing). */
final class ScopeConverter implements ITypeConverter<DatabaseScope> {

    @Override
    public DatabaseScope convert(String value) {
        return DatabaseScope.fromId(value).filter(DatabaseScope::isSynced).orElseThrow(() ->
                new TypeConversionException("'" + value + "' is not the scope of a synced database; use one of "
                        + DatabaseScope.syncedIds()));
    }
}
