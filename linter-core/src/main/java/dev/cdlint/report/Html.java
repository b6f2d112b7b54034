package dev.cdlint.report;

import dev.cdlint.check.Check;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.RuleOption;
import dev.cdlint.finding.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The building blocks of cdlint's HTML reports ({@code check}'s and {@code logs}'): one self-contained page, its
 * style and filter script inline and pinned by hash in a Content-Security-Policy that forbids loading anything
 * else, so the file opens from a CI artifact or a mail attachment and makes no request; every text from an input
 * escaped, so a model whose names hold markup shows them as text.
 *
 * <p>Pictures are inline SVG whose geometry is in attributes, never in {@code style} attributes, which the policy
 * would block. Severity is always written as a word beside its colour.
 */
public final class Html {

    private static final String STYLE = """
            :root{color-scheme:light dark;--bg:#fff;--fg:#1d1d1f;--muted:#5f6368;--line:#d5d8dc;--card:#f5f6f8;\
            --error:#b3261e;--warning:#8a5300;--info:#1a5fb4;--ok:#1e7d32;--lazy:#8d9399;--orphan:#6f42c1;\
            --track:#e3e6ea}
            @media (prefers-color-scheme:dark){:root{--bg:#15171a;--fg:#e8eaed;--muted:#a0a6ad;--line:#3a3e44;\
            --card:#1e2125;--error:#f28b82;--warning:#f6c65b;--info:#8ab4f8;--ok:#7fcf8f;--lazy:#80868b;\
            --orphan:#c79cf9;--track:#2e3237}}
            *{box-sizing:border-box}
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:78rem;\
            padding:1.5rem;background:var(--bg);color:var(--fg)}
            h1{font-size:1.6rem;margin:0 0 .2rem}h2{font-size:1.3rem;margin:2rem 0 .6rem;padding-top:.6rem;\
            border-top:2px solid var(--line)}h3{font-size:1.05rem;margin:1.4rem 0 .4rem}h4{margin:.8rem 0 .3rem}
            p{margin:.3rem 0 .6rem}.muted{color:var(--muted)}a{color:var(--info)}
            code,.path,a.rule{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
            table{border-collapse:collapse;width:100%;margin:.3rem 0 .8rem}
            th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
            thead th{font-size:.85rem;color:var(--muted);font-weight:600}
            tbody.element th{background:var(--card);font-weight:600}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .msg{white-space:pre-wrap;overflow-wrap:anywhere}
            .sev{display:inline-block;min-width:4.6em;font-weight:700;font-size:.8rem;text-transform:uppercase;\
            letter-spacing:.03em;border:1px solid currentColor;border-radius:.3rem;padding:0 .3rem;text-align:center}
            .sev-error{color:var(--error)}.sev-warning{color:var(--warning)}.sev-info{color:var(--info)}
            .counts{display:flex;gap:1rem;flex-wrap:wrap;margin:.6rem 0}
            .count{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.5rem .9rem}
            .count b{font-size:1.4rem;display:block}
            .filters{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.5rem .8rem;\
            margin:1rem 0;display:flex;gap:1rem;flex-wrap:wrap;align-items:center}
            .filters label{white-space:nowrap}
            svg.bar{display:block;width:100%;min-width:8rem;height:.8rem}svg.bar rect:not(.tick){height:12px}svg.timeline{height:1.2rem}
h2 code{font-size:1.05rem}td.when,th.when{min-width:14rem;width:18%}a.rule{white-space:nowrap}
            .track{fill:var(--track)}.fill-ok,.deployed{fill:var(--ok)}.fill-warning{fill:var(--warning)}\
            .fill-error,.undeployed,.type-mismatched,.encryption-mismatched{fill:var(--error)}.lazy{fill:var(--lazy)}\
            .orphaned{fill:var(--orphan)}.tick{fill:var(--info)}
            .limit{fill:var(--fg)}.threshold{fill:var(--warning)}
            .key{display:inline-block;width:.8em;height:.8em;border-radius:.15em;margin-right:.25em;\
            vertical-align:-.05em}
            .key.deployed{background:var(--ok)}.key.undeployed,.key.type-mismatched,.key.encryption-mismatched\
            {background:var(--error)}.key.lazy{background:var(--lazy)}.key.orphaned{background:var(--orphan)}
            section.model{content-visibility:auto;contain-intrinsic-size:auto 60rem}
details{margin:.2rem 0}summary{cursor:pointer}
            dl.explain{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.3rem 0 1rem}
            dl.explain dt{font-weight:600;color:var(--muted)}dl.explain dd{margin:0}
            pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:0;font:13px/1.4 ui-monospace,Menlo,monospace}
            @media print{.filters{display:none}body{max-width:none;padding:0;font-size:11pt}\
            h2{break-before:auto}tr,svg{break-inside:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;

    /**
     * Shows the filter, which stays hidden without scripts, and applies it: findings rows carry their severity and
     * rule; an element group whose rows are all hidden is hidden with them. Before printing, every collapsed part
     * is opened, so paper shows it all.
     */
    private static final String SCRIPT = """
            (function(){var f=document.getElementById('filters');
            addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){\
            d.open=true})});if(!f)return;f.hidden=false;
            function apply(){var on={};f.querySelectorAll('input[name=severity]').forEach(function(c){\
            on[c.value]=c.checked});var rule=f.querySelector('select').value,shown=0;
            document.querySelectorAll('tr[data-severity]').forEach(function(r){var v=on[r.dataset.severity]&&\
            (!rule||r.dataset.rule===rule);r.hidden=!v;if(v)shown++});
            document.querySelectorAll('tbody.element').forEach(function(b){\
            b.hidden=!b.querySelector('tr[data-severity]:not([hidden])')});
            document.getElementById('shown').textContent=shown}
            f.addEventListener('change',apply);apply()})();
            """;

    /** Nothing may be loaded, framed or submitted; only the page's own style and script, by hash, may run. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '"
            + sha256(SCRIPT) + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

    private final StringBuilder out;

    private Html(StringBuilder out) {
        this.out = out;
    }

    /** A page: the document's head, with the policy and the style, and the opening of its body. */
    public static Html page(String title) {
        Html html = new Html(new StringBuilder(64 * 1024));
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").raw(CONTENT_SECURITY_POLICY)
                .raw("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .raw("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .raw("<title>").text(title).raw("</title>\n<style>").raw(STYLE).raw("</style>\n</head>\n<body>\n");
        return html;
    }

    /** Closes the page, with the filter script last so that it finds the whole document. */
    public String end() {
        raw("<script>").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Markup written as it is: only ever constant markup of this package's writers, never input. */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * Text from anywhere, as element content: one line, markup characters escaped, control characters (line breaks
     * too) shown. Quotes need no escaping in content, only in an {@link #attribute}.
     */
    public Html text(String text) {
        return content(ControlCharacters.escape(text));
    }

    /** Text of several lines (a message), which a {@code .msg} element lays out with its line breaks. */
    public Html lines(String text) {
        return content(ControlCharacters.escapeKeepingLines(text));
    }

    public Html number(long n) {
        out.append(n);
        return this;
    }

    /** {@code <tag attributes>text</tag>}, the text escaped; attributes are constant markup. */
    public Html element(String tag, String attributes, String text) {
        raw("<").raw(tag).raw(attributes.isEmpty() ? "" : " " + attributes).raw(">").text(text);
        return raw("</").raw(tag).raw(">");
    }

    /** An attribute value from input, for use between double quotes. */
    public static String attribute(String value) {
        return escape(ControlCharacters.escape(value));
    }

    /**
     * An {@code id} (and fragment) for any text: letters, digits and hyphens only, so it needs no escaping. Text of
     * those alone (a rule id) is its own anchor; any other gets its hash, so that two texts that differ only in
     * other characters stay apart.
     */
    public static String anchor(String prefix, String text) {
        StringBuilder id = new StringBuilder(prefix);
        boolean plain = true;
        for (char c : text.toCharArray()) {
            boolean kept = c < 128 && (Character.isLetterOrDigit(c) || c == '-');
            plain &= kept;
            id.append(kept ? c : '-');
        }
        return plain ? id.toString() : id.append('-').append(Integer.toHexString(text.hashCode())).toString();
    }

    /** The severity as a word on its colour, so that it reads without colour and in print. */
    public Html severity(Severity severity) {
        return raw("<span class=\"sev sev-").raw(severity.id()).raw("\">").raw(severity.id()).raw("</span>");
    }

    /** The counts per severity as three boxes. */
    public Html counts(long errors, long warnings, long infos) {
        raw("<div class=\"counts\">");
        count(Severity.ERROR, errors, "errors");
        count(Severity.WARNING, warnings, "warnings");
        count(Severity.INFO, infos, "info");
        return raw("</div>\n");
    }

    private void count(Severity severity, long n, String label) {
        raw("<div class=\"count\"><b class=\"sev-").raw(severity.id()).raw("\">").number(n).raw("</b>").raw(label)
                .raw("</div>");
    }

    /**
     * The severity and rule filter; hidden until the script shows it, so a page read without scripts shows
     * everything and offers nothing that does not work.
     */
    public Html filters(Collection<String> ruleIds, String ruleLabel) {
        raw("<form class=\"filters\" id=\"filters\" hidden><strong>Show</strong>");
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            raw("<label><input type=\"checkbox\" name=\"severity\" value=\"").raw(severity.id()).raw("\" checked> ")
                    .raw(severity.id()).raw("</label>");
        }
        raw("<label>").text(ruleLabel).raw(" <select name=\"rule\"><option value=\"\">all</option>");
        for (String id : ruleIds) {
            raw("<option value=\"").raw(attribute(id)).raw("\">").text(id).raw("</option>");
        }
        return raw("</select></label><span><span id=\"shown\"></span> shown</span></form>\n");
    }

    /**
     * A bar of {@code count} against CloudKit's {@code limit}, with a mark at the limit and another, in the warning
     * colour, at the warning threshold; its colour says which side of them the count is, and the text beside it
     * says it in words.
     */
    public Html budget(int count, int limit, OptionalInt warnAbove) {
        int width = Math.max(count, limit) + 1;
        String fill = count > limit ? "fill-error" : warnAbove.isPresent() && count > warnAbove.getAsInt()
                ? "fill-warning" : "fill-ok";
        raw("<svg class=\"bar\" viewBox=\"0 0 ").number(width).raw(" 12\" preserveAspectRatio=\"none\""
                + " aria-hidden=\"true\"><rect class=\"track\" width=\"").number(width).raw("\"/>")
                .raw("<rect class=\"").raw(fill).raw("\" width=\"").number(count).raw("\"/>");
        if (warnAbove.isPresent() && warnAbove.getAsInt() < limit) {
            mark("threshold", warnAbove.getAsInt());
        }
        mark("limit", limit);
        return raw("</svg>");
    }

    /** A thin mark across the bar at {@code x}. */
    private void mark(String kind, int x) {
        raw("<rect class=\"").raw(kind).raw("\" x=\"").number(x).raw("\" width=\"1\"/>");
    }

    /** A part of a {@link #stacked} bar: its CSS class (which the legend shares) and size. */
    public record Segment(String kind, int size) {}

    /** One bar of segments side by side, in proportion; the numbers are written beside it. */
    public Html stacked(List<Segment> segments) {
        int total = Math.max(1, segments.stream().mapToInt(Segment::size).sum());
        raw("<svg class=\"bar\" viewBox=\"0 0 ").number(total).raw(" 12\" preserveAspectRatio=\"none\""
                + " aria-hidden=\"true\">");
        int x = 0;
        for (Segment segment : segments) {
            if (segment.size() > 0) {
                raw("<rect class=\"").raw(segment.kind()).raw(x == 0 ? "" : "\" x=\"" + x).raw("\" width=\"")
                        .number(segment.size()).raw("\"/>");
                x += segment.size();
            }
        }
        return raw("</svg>");
    }

    /**
     * When something happened over a span, as a strip of bars: each position (0 at the span's start, 1 at its end)
     * falls into one of a hundred slots, and a slot's bar is as tall as its share of the busiest slot.
     */
    public Html timeline(List<Double> positions) {
        int slots = 100;
        int[] counts = new int[slots];
        for (double position : positions) {
            counts[Math.min(slots - 1, Math.max(0, (int) (position * slots)))]++;
        }
        int busiest = Math.max(1, Arrays.stream(counts).max().orElse(1));
        raw("<svg class=\"bar timeline\" viewBox=\"0 0 ").number(slots).raw(" 12\" preserveAspectRatio=\"none\""
                + " aria-hidden=\"true\"><rect class=\"track\" width=\"").number(slots).raw("\"/>");
        for (int slot = 0; slot < slots; slot++) {
            if (counts[slot] > 0) {
                int height = Math.max(3, 12 * counts[slot] / busiest);
                raw("<rect class=\"tick\" x=\"").number(slot).raw("\" y=\"").number(12 - height)
                        .raw("\" width=\"1\" height=\"").number(height).raw("\"/>");
            }
        }
        return raw("</svg>");
    }

    /** A colour key for a legend, beside the word it stands for. */
    public Html key(String kind, String label) {
        return raw("<span class=\"key ").raw(kind).raw("\"></span>").text(label);
    }

    /**
     * What {@code cdlint explain} says of each check, under an anchor ({@link #ruleAnchor}) that the rule ids of
     * the report link to.
     */
    public Html explanations(String heading, List<? extends Check> checks) {
        if (checks.isEmpty()) {
            return this;
        }
        raw("<section id=\"rules\"><h2>").text(heading).raw("</h2>\n");
        for (Check check : checks) {
            RuleInfo info = check.info();
            raw("<section id=\"").raw(ruleAnchor(check.id())).raw("\"><h3><code>").text(check.id()).raw("</code> ")
                    .severity(info.severity()).raw("</h3>\n<p>").text(info.summary())
                    .raw(".</p>\n<dl class=\"explain\">");
            definition("Why", info.rationale());
            definition("At run time", info.runtimeError());
            definition("How to fix", info.fix());
            raw("<dt>Example</dt><dd><pre>").lines(info.example().strip()).raw("</pre></dd>");
            for (RuleOption<?> option : check.options()) {
                definition("Option " + option.key(), "default " + option.defaultValue() + ": " + option.description());
            }
            definition("Source", info.source());
            raw("</dl></section>\n");
        }
        return raw("</section>\n");
    }

    private void definition(String term, String text) {
        raw("<dt>").text(term).raw("</dt><dd>").text(text).raw("</dd>");
    }

    /** A rule id, linked to its explanation. */
    public Html ruleLink(String id) {
        return raw("<a class=\"rule\" href=\"#").raw(ruleAnchor(id)).raw("\">").text(id).raw("</a>");
    }

    public static String ruleAnchor(String id) {
        return anchor("rule-", id);
    }

    /**
     * What the run's exit code is, and why, in the words of its fail level ({@code --fail-on}, {@code failOn}).
     *
     * @param failing how many problems are at or above the level
     * @param noun what a problem is called: "finding", "problem"
     */
    public static String exitCode(Optional<Severity> failLevel, long failing, String noun) {
        if (failLevel.isEmpty()) {
            return "Exit code 0: the run fails on never, so no " + noun + " fails it.";
        }
        String level = failLevel.get().id();
        return failing == 0 ? "Exit code 0: nothing at or above " + level + ", the level the run fails on."
                : "Exit code 1: " + Report.count(failing, noun + " is", noun + "s are") + " at or above " + level
                        + ", the level the run fails on.";
    }

    /** {@code & < > " '} as character references: safe in text and in a double- or single-quoted attribute. */
    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String reference = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (reference != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (reference != null) {
                    escaped.append(reference);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** {@code & < >} as character references: all that element content needs. */
    private Html content(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return this;
    }

    private static String sha256(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
