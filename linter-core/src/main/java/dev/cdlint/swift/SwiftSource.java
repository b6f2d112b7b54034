package dev.cdlint.swift;

import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Swift file as tokens whose brackets are known to balance, with each bracket's partner: the declaration reader
 * and the container-code reader skip a whole body, argument list or closure in one step, and nothing inside a
 * string or comment can unbalance them.
 *
 * <p>Conditional compilation is resolved without knowing any condition: the branches of an {@code #if} are all
 * kept when each is balanced on its own (a property declared for iOS and another for macOS are both read), and
 * only the first is kept when they are not (two branches that each open the same type, closed once after
 * {@code #endif}). The directive lines themselves are dropped.
 */
public final class SwiftSource {

    private final SourceLines lines;
    private final List<Token> tokens;
    /** Deeper than any real source nests; a deeper file is refused rather than read by recursion. */
    static final int MAX_NESTING = 256;

    private final int[] partners;
    /** For each token, the index of the innermost brace that encloses it; -1 at file level. */
    private final int[] enclosingBraces;
    private final BitSet conditional;
    private final Map<Integer, String> commentsByLine = new HashMap<>();

    private SwiftSource(SourceLines lines, List<Token> tokens, BitSet conditional, List<SwiftLexer.LineComment> comments) {
        this.lines = lines;
        this.tokens = List.copyOf(tokens);
        this.conditional = conditional;
        this.enclosingBraces = new int[this.tokens.size()];
        this.partners = partners();
        for (SwiftLexer.LineComment comment : comments) {
            commentsByLine.put(comment.line(), comment.text()); // one at most a line: it runs to the line's end
        }
    }

    /**
     * @param shownAs the path findings name (a file read from git is shown at its revision)
     * @throws InputException where the reader lost track: an unterminated literal or comment, a bracket without its
     *     partner, an {@code #if} without {@code #endif}
     */
    public static SwiftSource parse(Path shownAs, String text) {
        SourceLines lines = new SourceLines(shownAs, text);
        SwiftLexer lexer = SwiftLexer.lex(text, lines);
        BitSet conditional = new BitSet();
        List<Token> kept = lexer.tokens();
        if (kept.stream().anyMatch(t -> t.kind() == Token.Kind.POUND && t.text().startsWith("#") && isDirective(t))) {
            kept = new ArrayList<>(lexer.tokens().size());
            new Directives(lexer.tokens(), lines, kept, conditional).run();
        }
        return new SwiftSource(lines, kept, conditional, lexer.comments());
    }

    public Path file() {
        return lines.file();
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /** The token, or null past either end: lookahead without bounds checks at every step. */
    public Token at(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }

    /** The index of the bracket that closes (or opens) the one at {@code index}; -1 for any other token. */
    public int partner(int index) {
        return partners[index];
    }

    /** Whether the token is inside an {@code #if} block. */
    public boolean conditional(int index) {
        return conditional.get(index);
    }

    public SourceLocation location(int index) {
        return index < tokens.size() ? lines.location(tokens.get(index).start())
                : new SourceLocation(lines.file(), lines.line(lastOffset()), lines.column(lastOffset()));
    }

    /** The text of the line comment ({@code //…}) on the line, after its slashes. */
    public Optional<String> lineComment(int line) {
        return Optional.ofNullable(commentsByLine.get(line));
    }

    private int lastOffset() {
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    }

    /** The innermost {@code {} whose braces hold the token at {@code index}; -1 for none. */
    public int enclosingBrace(int index) {
        return enclosingBraces[index];
    }

    private int[] partners() {
        int[] found = new int[tokens.size()];
        java.util.Arrays.fill(found, -1);
        int[] open = new int[MAX_NESTING];
        int opened = 0;
        int[] braces = new int[MAX_NESTING];
        int braced = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            enclosingBraces[i] = braced == 0 ? -1 : braces[braced - 1];
            if (token.kind() != Token.Kind.PUNCTUATION) {
                continue;
            }
            char c = token.text().charAt(0);
            if (c == '(' || c == '[' || c == '{') {
                if (opened == MAX_NESTING) {
                    throw new InputException(location(i), "brackets nested more than " + MAX_NESTING
                            + " deep, which cdlint does not follow");
                }
                open[opened++] = i;
                if (c == '{') {
                    braces[braced++] = i;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                if (opened == 0) {
                    throw new InputException(location(i), "unbalanced brackets: this '" + c + "' closes nothing");
                }
                int opener = open[--opened];
                char expected = closerOf(tokens.get(opener).text().charAt(0));
                if (c != expected) {
                    SourceLocation openedAt = location(opener);
                    throw new InputException(location(i), "unbalanced brackets: this '" + c + "' cannot close the '"
                            + tokens.get(opener).text() + "' opened at line " + openedAt.line() + ", column "
                            + openedAt.column());
                }
                found[opener] = i;
                found[i] = opener;
                if (c == '}') {
                    braced--;
                }
            }
        }
        if (opened > 0) {
            int opener = open[--opened];
            throw new InputException(location(opener), "unbalanced brackets: the file ends before this '"
                    + tokens.get(opener).text() + "' is closed");
        }
        return found;
    }

    private static boolean isDirective(Token token) {
        return switch (token.text()) {
            case "#if", "#elseif", "#else", "#endif", "#sourceLocation", "#error", "#warning" -> true;
            default -> false;
        };
    }

    static char closerOf(char opener) {
        return switch (opener) {
            case '(' -> ')';
            case '[' -> ']';
            default -> '}';
        };
    }

    /** Resolves {@code #if} groups into the token list, as the class comment describes. */
    private static final class Directives {

        private final List<Token> raw;
        private final SourceLines lines;
        private final List<Token> kept;
        private final BitSet conditional;

        Directives(List<Token> raw, SourceLines lines, List<Token> kept, BitSet conditional) {
            this.raw = raw;
            this.lines = lines;
            this.kept = kept;
            this.conditional = conditional;
        }

        void run() {
            int end = copy(0, 0, false);
            if (end < raw.size()) {
                Token stray = raw.get(end);
                throw new InputException(lines.location(stray.start()), stray.text() + " without #if");
            }
        }

        /**
         * Copies tokens from {@code from} until a directive that ends the enclosing branch ({@code #elseif},
         * {@code #else}, {@code #endif}) or the end; returns that directive's index.
         */
        private int copy(int from, int depth, boolean inConditional) {
            int i = from;
            while (i < raw.size()) {
                Token token = raw.get(i);
                if (token.kind() == Token.Kind.POUND) {
                    switch (token.text()) {
                        case "#elseif", "#else", "#endif" -> {
                            return i;
                        }
                        case "#if" -> {
                            i = group(i, depth);
                            continue;
                        }
                        case "#sourceLocation", "#error", "#warning" -> {
                            i = skipDirectiveArguments(i);
                            continue;
                        }
                        default -> { }
                    }
                }
                if (inConditional) {
                    conditional.set(kept.size());
                }
                kept.add(token);
                i++;
            }
            return i;
        }

        /** One {@code #if … #endif} group from its {@code #if}; returns the index after its {@code #endif}. */
        private int group(int ifIndex, int depth) {
            if (depth >= MAX_NESTING) {
                throw new InputException(lines.location(raw.get(ifIndex).start()), "#if blocks nested more than "
                        + MAX_NESTING + " deep, which cdlint does not follow");
            }
            List<List<Token>> branches = new ArrayList<>();
            List<BitSet> flags = new ArrayList<>();
            int at = ifIndex;
            while (true) {
                Token directive = raw.get(at);
                int bodyStart = directive.is("#else") ? at + 1 : skipCondition(at);
                int start = kept.size();
                int end = copy(bodyStart, depth + 1, true);
                List<Token> branch = new ArrayList<>(kept.subList(start, kept.size()));
                BitSet flag = conditional.get(start, Math.max(start, kept.size()));
                kept.subList(start, kept.size()).clear();
                conditional.clear(start, Integer.MAX_VALUE);
                branches.add(branch);
                flags.add(flag);
                if (end >= raw.size()) {
                    throw new InputException(lines.location(raw.get(ifIndex).start()),
                            "#if without #endif: the file ends inside this conditional block");
                }
                Token next = raw.get(end);
                if (next.is("#endif")) {
                    at = end + 1;
                    break;
                }
                at = end;
            }
            boolean allBalanced = branches.stream().allMatch(Directives::balanced);
            for (int b = 0; b < (allBalanced ? branches.size() : 1); b++) {
                int start = kept.size();
                kept.addAll(branches.get(b));
                for (int bit = flags.get(b).nextSetBit(0); bit >= 0; bit = flags.get(b).nextSetBit(bit + 1)) {
                    conditional.set(start + bit);
                }
            }
            return at;
        }

        /** The condition of {@code #if}/{@code #elseif} runs to the end of its line. */
        private int skipCondition(int directive) {
            int i = directive + 1;
            while (i < raw.size() && !raw.get(i).lineBreakBefore()) {
                i++;
            }
            return i;
        }

        private int skipDirectiveArguments(int directive) {
            int i = directive + 1;
            if (i < raw.size() && raw.get(i).isPunctuation('(')) {
                int depth = 0;
                for (; i < raw.size(); i++) {
                    if (raw.get(i).isPunctuation('(')) {
                        depth++;
                    } else if (raw.get(i).isPunctuation(')') && --depth == 0) {
                        return i + 1;
                    }
                }
            }
            return i;
        }

        private static boolean balanced(List<Token> branch) {
            Deque<Character> open = new ArrayDeque<>();
            for (Token token : branch) {
                if (token.kind() != Token.Kind.PUNCTUATION) {
                    continue;
                }
                char c = token.text().charAt(0);
                if (c == '(' || c == '[' || c == '{') {
                    open.push(closerOf(c));
                } else if (c == ')' || c == ']' || c == '}') {
                    if (open.isEmpty() || open.pop() != c) {
                        return false;
                    }
                }
            }
            return open.isEmpty();
        }
    }
}
