package dev.cdlint.model;

/** A relationship's delete rule, by the names the model editor writes in {@code deletionRule}. */
public enum DeleteRule {
    NULLIFY("Nullify"),
    CASCADE("Cascade"),
    DENY("Deny"),
    NO_ACTION("No Action"),
    UNKNOWN(null);

    private final String xmlName;

    DeleteRule(String xmlName) {
        this.xmlName = xmlName;
    }

    public String xmlName() {
        return xmlName;
    }

    /** A missing {@code deletionRule} is Nullify, the editor's default. */
    public static DeleteRule fromXmlName(String name) {
        if (name == null || name.isEmpty()) {
            return NULLIFY;
        }
        for (DeleteRule rule : values()) {
            if (name.equals(rule.xmlName)) {
                return rule;
            }
        }
        return UNKNOWN;
    }
}
