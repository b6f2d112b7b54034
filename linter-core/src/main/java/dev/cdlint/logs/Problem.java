package dev.cdlint.logs;

import dev.cdlint.logs.kinds.DiagnosisKind;

/**
 * A diagnosis' identity: the same problem, however and wherever it is logged again. Names are null where they do
 * not apply; {@code variant} tells apart problems of one kind that need different words (a zone's name, the
 * reason a mirroring delegate tore down).
 */
record Problem(DiagnosisKind kind, String rule, String recordType, String field, String entity, String property,
        String variant) {

    static Problem of(DiagnosisKind kind, String variant) {
        return new Problem(kind, null, null, null, null, null, variant);
    }
}
