package dev.cdlint.logs;

import dev.cdlint.logs.kinds.DiagnosisKind;
import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where an app's wiring says what a diagnosis whose cause is in the wiring is about
 * ({@link DiagnosisKind#concernsWiring()}): the Info.plist line that should list the background mode, the
 * entitlements line that names the container. {@code cdlint logs} places such a diagnosis there, as it places
 * model diagnoses on the model, when it is given the app's repository. The wiring checks implement it; without
 * them there is {@link #NONE}.
 */
@FunctionalInterface
public interface WiringEvidence {

    /** Knows no place: diagnoses stay on their log line. */
    WiringEvidence NONE = kind -> Optional.empty();

    /** Where the app's wiring is about this kind of problem, and what cdlint sees there; empty when unknown. */
    Optional<Place> of(DiagnosisKind kind);

    /**
     * A line of the app's wiring.
     *
     * @param element the Info.plist or entitlements line (the file, when the key is missing from it)
     * @param notes what cdlint sees there, one sentence each: "Info.plist lists no remote-notification background
     *     mode."
     */
    record Place(SourceLocation element, List<String> notes) {
        public Place {
            notes = List.copyOf(notes);
        }
    }

    /** The diagnoses, those about the wiring placed where it says. */
    default List<Diagnosis> place(List<Diagnosis> diagnoses) {
        return diagnoses.stream().map(d -> d.kind().concernsWiring() && d.element() == null
                ? of(d.kind()).map(place -> d.withModel(d.entity(), d.property(), place.element(),
                        Stream.concat(d.notes().stream(), place.notes().stream()).toList())).orElse(d)
                : d).toList();
    }
}
