package dev.cdlint.cli;

import dev.cdlint.mapping.DatabaseScope;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a database scope on the command line, naming the valid ones when it is not one. */
final class ScopeConverter implements ITypeConverter<DatabaseScope> {

    @Override
    public DatabaseScope convert(String value) {
        return DatabaseScope.fromId(value).orElseThrow(() -> new TypeConversionException("'" + value
                + "' is not a database scope; use one of " + DatabaseScope.ids()));
    }
}
