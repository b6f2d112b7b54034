package dev.cdlint.cli;

import dev.cdlint.mapping.DatabaseScope;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads database scopes on the command line, with the valid choices in the message. */
final class Scopes {

    private Scopes() {}

    static final class Converter implements ITypeConverter<DatabaseScope> {
        @Override
        public DatabaseScope convert(String value) {
            return DatabaseScope.fromId(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not a database scope; use one of " + choices()));
        }
    }

    static String choices() {
        return Arrays.stream(DatabaseScope.values()).map(DatabaseScope::id).collect(Collectors.joining(", "));
    }
}
