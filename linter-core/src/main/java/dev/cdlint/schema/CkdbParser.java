package dev.cdlint.schema;

import dev.cdlint.schema.FieldType.Kind;
import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads CloudKit Schema Language text into a {@link Schema}: a recursive-descent parser over {@link CkdbLexer}
 * following Apple's grammar and what real files do beyond it (docs/ckdb.md#reading).
 *
 * <p>What it accepts, and why:
 * <ul>
 *   <li>Keywords in any case; the case of keywords is undocumented and every real file uses upper case
 *       (docs/ckdb.md#keyword-case), so reading them case-insensitively costs nothing. Names are
 *       case-sensitive.</li>
 *   <li>Any bare word as a name except the five reserved words {@code grant}, {@code preferred},
 *       {@code queryable}, {@code sortable}, {@code searchable} (docs/ckdb.md#names): real files contain bare
 *       {@code type}, {@code order}, {@code timestamp} and a record type {@code List} (docs/ckdb.md#bare-keywords).
 *       An element that starts with the word {@code GRANT} is a grant, anything else a field.</li>
 *   <li>Bare names may start with {@code _}; Apple says they must be quoted, but the parser is tolerant and the
 *       writer quotes them, as exports do (docs/ckdb.md#quoted-names).</li>
 *   <li>Index options and grant permissions in any order, each at most once.</li>
 *   <li>A record type with no elements, and record types without grants (docs/ckdb.md#separators).</li>
 * </ul>
 *
 * <p>What it rejects: a <b>trailing comma</b> before {@code )}. Apple's grammar has none and no real file has one
 * (docs/ckdb.md#separators), and whether cktool accepts it is unknown; a linter that passed such a file could hide an
 * import failure, so the error names the comma. Also rejected: names defined twice (a role, a record type, or a
 * field within one record type), since CloudKit cannot hold two of them.
 *
 * <p>Every error is an {@link InputException} at the line and column of the offending token (for an unterminated
 * quoted name or block comment: where it starts) saying what was expected and what was found.
 */
public final class CkdbParser {

    private static final String FIELD_TYPES =
            "ASSET, BYTES, DOUBLE, ENCRYPTED, INT64, LIST, LOCATION, NUMBER, REFERENCE, STRING, TIMESTAMP";
    private static final String LIST_ELEMENT_TYPES =
            "ASSET, BYTES, DOUBLE, ENCRYPTED, INT64, LOCATION, NUMBER, REFERENCE, STRING, TIMESTAMP";
    private static final Set<Kind> ALL_KINDS = EnumSet.allOf(Kind.class);
    private static final Set<Kind> PLAIN_KINDS = EnumSet.complementOf(EnumSet.of(Kind.NUMBER));
    private static final Set<Kind> NUMBER_PREFERENCES = EnumSet.of(Kind.INT64, Kind.DOUBLE);
    private static final Set<Permission> PERMISSIONS = EnumSet.allOf(Permission.class);
    private static final Set<IndexOption> INDEX_OPTIONS = EnumSet.allOf(IndexOption.class);

    private final CkdbLexer lexer;
    private Token token;

    private CkdbParser(String text, Path file) {
        this.lexer = new CkdbLexer(text, file);
        this.token = lexer.next();
    }

    /** Reads {@code file} as UTF-8 and parses it; a file that cannot be read is an {@link InputException} too. */
    public static Schema parse(Path file) {
        return parse(read(file), file);
    }

    /** Parses {@code text}; {@code nameForMessages} is the file that locations in errors and the result name. */
    public static Schema parse(String text, Path nameForMessages) {
        return new CkdbParser(text, nameForMessages).schema();
    }

    private static String read(Path file) {
        SourceLocation whole = SourceLocation.ofFile(file);
        Optional<String> notRegular = IoReasons.notRegularFile(file);
        if (notRegular.isPresent()) {
            throw new InputException(whole, "cannot read the schema: " + notRegular.get());
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InputException(whole, "cannot read the schema: it is not valid UTF-8", e);
        } catch (IOException e) {
            throw new InputException(whole, "cannot read the schema: " + IoReasons.of(e), e);
        }
    }

    private Schema schema() {
        expectWord("DEFINE", "DEFINE SCHEMA");
        expectWord("SCHEMA", "SCHEMA after DEFINE");
        List<String> roles = new ArrayList<>();
        List<RecordType> recordTypes = new ArrayList<>();
        Map<String, Token> defined = new HashMap<>();
        while (token.kind() != Token.Kind.END) {
            Token start = token;
            if (token.isWord("CREATE")) {
                String role = createRole();
                requireNew(defined, "ROLE " + Names.spelled(role), start);
                roles.add(role);
            } else if (token.isWord("RECORD")) {
                RecordType recordType = recordType();
                requireNew(defined, "RECORD TYPE " + Names.spelled(recordType.name()), start);
                recordTypes.add(recordType);
            } else {
                throw expected("CREATE ROLE or RECORD TYPE");
            }
        }
        return new Schema(roles, recordTypes);
    }

    private String createRole() {
        advance();
        expectWord("ROLE", "ROLE after CREATE");
        String role = name("a role name after CREATE ROLE");
        expectSymbol(';', "';' after CREATE ROLE " + Names.spelled(role));
        return role;
    }

    private RecordType recordType() {
        Token start = advance();
        expectWord("TYPE", "TYPE after RECORD");
        String name = name("a record type name after RECORD TYPE");
        String title = "RECORD TYPE " + Names.spelled(name);
        expectSymbol('(', "'(' after " + title);
        List<Field> fields = new ArrayList<>();
        List<Grant> grants = new ArrayList<>();
        Map<String, Token> fieldNames = new HashMap<>();
        if (!token.isSymbol(')')) {
            do {
                Token elementStart = token;
                if (token.isWord("GRANT")) {
                    grants.add(grant());
                } else {
                    Field field = field();
                    requireNew(fieldNames, "field " + Names.spelled(field.name()) + " in " + title, elementStart);
                    fields.add(field);
                }
            } while (separatorBeforeAnotherElement(title, start));
        }
        advance();
        expectSymbol(';', "';' after " + title);
        return new RecordType(name, fields, grants, lexer.locationOf(start));
    }

    /** Consumes a {@code ','} and says whether an element follows, or stops at {@code ')'}, which is left. */
    private boolean separatorBeforeAnotherElement(String title, Token start) {
        if (token.isSymbol(')')) {
            return false;
        }
        if (token.kind() == Token.Kind.END) {
            throw expected("')' to close " + title + " opened at " + start.line() + ":" + start.column());
        }
        Token comma = expectSymbol(',', "',' or ')'");
        if (token.isSymbol(')')) {
            throw new InputException(lexer.locationOf(comma),
                    "expected another field or GRANT after ',' but found ')': remove the trailing comma");
        }
        return true;
    }

    private Grant grant() {
        Token start = advance();
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        do {
            Token at = token;
            addOnce(permissions, keyword(PERMISSIONS, "a permission (READ, CREATE, WRITE)", grantHint(permissions)),
                    at, "is already granted earlier in this GRANT");
        } while (acceptSymbol(','));
        expectWord("TO", "',' or TO after the permissions");
        String role = name("a role name after TO");
        return new Grant(permissions, role, lexer.locationOf(start));
    }

    /** A bare field named grant reads as a GRANT whose first "permission" is a type; say how to write it instead. */
    private String grantHint(Set<Permission> permissionsSoFar) {
        boolean typeInsteadOfPermission = permissionsSoFar.isEmpty() && token.kind() == Token.Kind.WORD
                && (token.isWord("LIST") || token.isWord("ENCRYPTED") || constantNamed(ALL_KINDS) != null);
        return typeInsteadOfPermission ? " (a field named grant must be quoted: \"grant\")" : "";
    }

    private Field field() {
        Token start = token;
        String name = name("a field name or GRANT");
        FieldType type = fieldType();
        Set<IndexOption> options = EnumSet.noneOf(IndexOption.class);
        while (token.kind() == Token.Kind.WORD) {
            Token at = token;
            addOnce(options, keyword(INDEX_OPTIONS, "an index option (QUERYABLE, SEARCHABLE, SORTABLE), ',' or ')'"),
                    at, "is already given for field " + Names.spelled(name));
        }
        return new Field(name, type, options, lexer.locationOf(start));
    }

    private FieldType fieldType() {
        if (token.isWord("LIST")) {
            advance();
            expectSymbol('<', "'<' after LIST");
            FieldType element = primitiveType("a list element type (" + LIST_ELEMENT_TYPES + ")");
            expectSymbol('>', "'>' to close LIST<" + element.ckdb());
            return FieldType.listOf(element);
        }
        return primitiveType("a field type (" + FIELD_TYPES + ")");
    }

    private FieldType primitiveType(String expectation) {
        if (token.isWord("ENCRYPTED")) {
            advance();
            return FieldType.encrypted(keyword(FieldType.ENCRYPTABLE,
                    "a type that can be ENCRYPTED (BYTES, STRING, DOUBLE, INT64, LOCATION, TIMESTAMP)"));
        }
        if (token.isWord("NUMBER")) {
            advance();
            if (!token.isWord("PREFERRED")) {
                return FieldType.number();
            }
            advance();
            expectWord("AS", "AS after NUMBER PREFERRED");
            return FieldType.numberPreferredAs(keyword(NUMBER_PREFERENCES,
                    "INT64 or DOUBLE after NUMBER PREFERRED AS"));
        }
        return FieldType.of(keyword(PLAIN_KINDS, expectation));
    }

    private <E extends Enum<E>> E keyword(Set<E> allowed, String expectation) {
        return keyword(allowed, expectation, "");
    }

    /** The current word as one of {@code allowed}, matched case-insensitively, or an error naming the expectation. */
    private <E extends Enum<E>> E keyword(Set<E> allowed, String expectation, String hint) {
        E constant = constantNamed(allowed);
        if (constant == null) {
            throw expected(expectation, hint);
        }
        advance();
        return constant;
    }

    private <E extends Enum<E>> E constantNamed(Set<E> allowed) {
        if (token.kind() != Token.Kind.WORD) {
            return null;
        }
        return allowed.stream().filter(c -> c.name().equalsIgnoreCase(token.text())).findFirst().orElse(null);
    }

    /** Adds a permission or option, rejecting a repeat at {@code at}: it is a typo more often than an intent. */
    private <E extends Enum<E>> void addOnce(Set<E> set, E value, Token at, String repeated) {
        if (!set.add(value)) {
            throw new InputException(lexer.locationOf(at), value + " " + repeated);
        }
    }

    /** A quoted name, or a bare word that is not one of the five reserved words. */
    private String name(String expectation) {
        if (token.kind() == Token.Kind.QUOTED
                || (token.kind() == Token.Kind.WORD && !Names.isReserved(token.text()))) {
            return advance().text();
        }
        if (token.kind() == Token.Kind.WORD) {
            throw new InputException(lexer.locationOf(token), "expected " + expectation + " but found reserved word "
                    + token.describe() + ": write it quoted, \"" + token.text() + "\"");
        }
        throw expected(expectation);
    }

    private void requireNew(Map<String, Token> defined, String what, Token at) {
        Token earlier = defined.putIfAbsent(what, at);
        if (earlier != null) {
            throw new InputException(lexer.locationOf(at),
                    what + " is already defined at " + earlier.line() + ":" + earlier.column());
        }
    }

    private Token advance() {
        Token consumed = token;
        token = lexer.next();
        return consumed;
    }

    private void expectWord(String keyword, String expectation) {
        if (!token.isWord(keyword)) {
            throw expected(expectation);
        }
        advance();
    }

    private Token expectSymbol(char symbol, String expectation) {
        if (!token.isSymbol(symbol)) {
            throw expected(expectation);
        }
        return advance();
    }

    private boolean acceptSymbol(char symbol) {
        if (token.isSymbol(symbol)) {
            advance();
            return true;
        }
        return false;
    }

    private InputException expected(String expectation) {
        return expected(expectation, "");
    }

    private InputException expected(String expectation, String hint) {
        String message = token.kind() == Token.Kind.END
                ? "unexpected end of file: expected " + expectation
                : "expected " + expectation + " but found " + token.describe() + hint;
        return new InputException(lexer.locationOf(token), message);
    }
}
