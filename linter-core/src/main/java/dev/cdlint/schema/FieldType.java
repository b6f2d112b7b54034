package dev.cdlint.schema;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The data type of a field, one of the forms in Apple's grammar (docs/ckdb.md#field-types): a plain
 * kind such as {@code STRING}, {@code ENCRYPTED <kind>}, {@code NUMBER [PREFERRED AS INT64|DOUBLE]}, or
 * {@code LIST<primitive>}. Records compare by value, so two types are equal exactly when a file would spell them the
 * same way; {@link #toString()} is that spelling.
 */
public sealed interface FieldType permits FieldType.Plain, FieldType.Encrypted, FieldType.Numeric, FieldType.ListOf {

    /** The scalar kind a type stores, looking through {@code LIST<…>} and {@code ENCRYPTED}. */
    enum Kind {
        ASSET, BYTES, DOUBLE, INT64, LOCATION, REFERENCE, STRING, TIMESTAMP,
        /** A field added implicitly by a record save in development; see {@link Numeric}. */
        NUMBER
    }

    /** The kinds Apple's grammar allows after {@code ENCRYPTED}. */
    Set<Kind> ENCRYPTABLE = Set.copyOf(
            EnumSet.of(Kind.BYTES, Kind.STRING, Kind.DOUBLE, Kind.INT64, Kind.LOCATION, Kind.TIMESTAMP));

    /** The scalar kind, e.g. {@code STRING} for {@code STRING}, {@code ENCRYPTED STRING} and {@code LIST<STRING>}. */
    Kind kind();

    /** Only {@code ENCRYPTED} types, and lists of them, are. */
    default boolean isEncrypted() {
        return false;
    }

    default boolean isList() {
        return this instanceof ListOf;
    }

    /**
     * This type with encryption taken off ({@code ENCRYPTED STRING} becomes {@code STRING},
     * {@code LIST<ENCRYPTED INT64>} becomes {@code LIST<INT64>}), for comparing what is stored apart from how.
     */
    default FieldType withoutEncryption() {
        return this;
    }

    /** The type as a {@code .ckdb} file spells it, keywords in upper case. */
    String ckdb();

    static FieldType of(Kind kind) {
        return new Plain(kind);
    }

    static FieldType encrypted(Kind kind) {
        return new Encrypted(kind);
    }

    static FieldType number() {
        return new Numeric(Optional.empty());
    }

    static FieldType numberPreferredAs(Kind kind) {
        return new Numeric(Optional.of(kind));
    }

    static FieldType listOf(FieldType element) {
        return new ListOf(element);
    }

    /** A kind on its own, e.g. {@code ASSET} or {@code REFERENCE}. */
    record Plain(Kind kind) implements FieldType {
        public Plain {
            Objects.requireNonNull(kind, "kind");
            if (kind == Kind.NUMBER) {
                throw new IllegalArgumentException("NUMBER is written as FieldType.Numeric");
            }
        }

        @Override
        public String ckdb() {
            return kind.name();
        }

        @Override
        public String toString() {
            return ckdb();
        }
    }

    /** {@code ENCRYPTED <kind>}: the value is stored encrypted (client-side via {@code encryptedValues}). */
    record Encrypted(Kind kind) implements FieldType {
        public Encrypted {
            Objects.requireNonNull(kind, "kind");
            if (!ENCRYPTABLE.contains(kind)) {
                throw new IllegalArgumentException("ENCRYPTED takes BYTES, STRING, DOUBLE, INT64, LOCATION or "
                        + "TIMESTAMP, not " + kind);
            }
        }

        @Override
        public boolean isEncrypted() {
            return true;
        }

        @Override
        public FieldType withoutEncryption() {
            return new Plain(kind);
        }

        @Override
        public String ckdb() {
            return "ENCRYPTED " + kind;
        }

        @Override
        public String toString() {
            return ckdb();
        }
    }

    /**
     * {@code NUMBER [PREFERRED AS INT64|DOUBLE]}: Apple documents it only for fields a development container
     * created implicitly (docs/ckdb.md#number); no real file seen uses it.
     */
    record Numeric(Optional<Kind> preferredAs) implements FieldType {
        public Numeric {
            Objects.requireNonNull(preferredAs, "preferredAs");
            preferredAs.filter(k -> k != Kind.INT64 && k != Kind.DOUBLE).ifPresent(k -> {
                throw new IllegalArgumentException("NUMBER can be PREFERRED AS INT64 or DOUBLE, not " + k);
            });
        }

        @Override
        public Kind kind() {
            return Kind.NUMBER;
        }

        @Override
        public String ckdb() {
            return preferredAs.map(k -> "NUMBER PREFERRED AS " + k).orElse("NUMBER");
        }

        @Override
        public String toString() {
            return ckdb();
        }
    }

    /**
     * {@code LIST<element>}, where the element is any non-list type, encrypted ones included
     * (docs/ckdb.md#field-types).
     */
    record ListOf(FieldType element) implements FieldType {
        public ListOf {
            Objects.requireNonNull(element, "element");
            if (element.isList()) {
                throw new IllegalArgumentException("a LIST cannot hold a LIST: " + element);
            }
        }

        @Override
        public Kind kind() {
            return element.kind();
        }

        @Override
        public boolean isEncrypted() {
            return element.isEncrypted();
        }

        @Override
        public FieldType withoutEncryption() {
            return new ListOf(element.withoutEncryption());
        }

        @Override
        public String ckdb() {
            return "LIST<" + element.ckdb() + ">";
        }

        @Override
        public String toString() {
            return ckdb();
        }
    }
}
