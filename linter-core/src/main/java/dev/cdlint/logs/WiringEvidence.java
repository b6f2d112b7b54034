package dev.cdlint.logs;

import dev.cdlint.logs.kinds.DiagnosisKind;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.wiring.WiringPlaces;
import dev.cdlint.xcode.RepositoryFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where an app's wiring says what a diagnosis whose cause is in the wiring is about
 * ({@link DiagnosisKind#concernsWiring()}): the Info.plist line that should list the background mode, the
 * entitlements line that names the container. {@code cdlint logs} places such a diagnosis there, as it places
 * model diagnoses on the model, when it is given the app's repository: {@link #of(Path)} reads it as the wiring
 * checks do.
 */
@FunctionalInterface
public interface WiringEvidence {

    /** Knows no place: diagnoses stay on their log line. */
    WiringEvidence NONE = kind -> Optional.empty();

    /**
     * What the app repository at a folder says, read on the first wiring diagnosis; {@link #NONE} for a path that
     * is no folder holding an app (an {@code .xcodeproj}, a {@code project.yml}, a {@code Package.swift}).
     */
    static WiringEvidence of(Path folder) {
        return Files.isDirectory(folder) && RepositoryFiles.isAppRepository(folder)
                ? new RepositoryWiring(WiringPlaces.of(folder)) : NONE;
    }

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
