package dev.cdlint.logs;

import dev.cdlint.logs.kinds.DiagnosisKind;
import dev.cdlint.wiring.WiringPlaces;
import java.util.List;
import java.util.Optional;

/**
 * The wiring evidence of an app repository: the line the wiring checks point at for each kind of diagnosis whose
 * cause is in the wiring, and what they see there. Logs sit above the wiring checks, so the adapter is here.
 */
final class RepositoryWiring implements WiringEvidence {

    private final WiringPlaces places;

    RepositoryWiring(WiringPlaces places) {
        this.places = places;
    }

    @Override
    public Optional<Place> of(DiagnosisKind kind) {
        Optional<WiringPlaces.Line> line = switch (kind) {
            case BACKGROUND_MODE_MISSING -> places.backgroundModes();
            // The log's message does not keep the container's name: the entitlement that lists them is the place.
            case CONTAINER_PERMISSION -> places.containerEntitlement(null);
            case MISSING_ENTITLEMENT -> places.cloudKitService(false);
            case DAEMON_UNAVAILABLE -> places.cloudKitService(true);
            default -> Optional.empty();
        };
        return line.map(l -> new Place(l.location(), List.of(l.seen())));
    }
}
