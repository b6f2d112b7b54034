package dev.cdlint.rules;

/** A rule that checks one configuration of a model, in the database scope it syncs to. */
public non-sealed interface ConfigurationRule extends Rule {

    void check(ConfigurationContext context);
}
