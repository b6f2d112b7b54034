package dev.cdlint.logs;

import java.util.List;

/**
 * One kind of evidence a message can hold: the store-load validator's listing ({@link ModelValidation}), a known
 * error text ({@link KnownMessages}), a Core Data error number ({@link CoreDataCodes}), a CKError
 * ({@link CkErrors}). {@link LogDiagnoser} runs them in that order on every message, so a finder can leave to an
 * earlier one what that one explains better: a CKError is diagnosed by its code only when no known text inside it
 * says more.
 */
interface EvidenceFinder {

    /**
     * Adds the sightings of this kind of evidence in the message to {@code found}, which holds those of the
     * finders that ran before.
     */
    void find(Message message, List<Sighting> found);
}
