package dev.cdlint.rules;

/** A rule about a model as a whole, run once per model whatever its configurations. */
public non-sealed interface ModelRule extends Rule {

    void check(ModelContext context);
}
