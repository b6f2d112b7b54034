package dev.cdlint.swift;

/**
 * One argument of a call or an attribute.
 *
 * @param label the argument label ({@code cloudKitDatabase}), null for an unlabelled argument
 */
public record Argument(String label, Expression value) {

    public boolean isLabelled(String expected) {
        return expected.equals(label);
    }
}
