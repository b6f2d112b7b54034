package dev.cdlint.wiring;

import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.model.swift.CloudKitDatabase;
import dev.cdlint.model.swift.ContainerCode;
import dev.cdlint.model.swift.ContainerIdentifier;
import dev.cdlint.model.swift.StoreSite;
import dev.cdlint.model.swift.SwiftFinder;
import dev.cdlint.model.swift.SwiftProject;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.xcode.RepositoryFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The wiring's view of what the Swift reader finds ({@link ContainerCode}): one {@link SwiftCode.ContainerSite}
 * per store a container opens and per container identifier the code may give it, the database reduced to what the
 * wiring rules ask (synced, not synced, or up to the entitlements).
 */
final class SwiftReaderCode implements SwiftCode {

    /** The code the run reads; null to read the repository's files here. */
    private final Supplier<ContainerCode> readByTheRun;

    SwiftReaderCode(Supplier<ContainerCode> readByTheRun) {
        this.readByTheRun = readByTheRun;
    }

    @Override
    public Found read(RepositoryFiles repository) {
        ContainerCode code = readByTheRun != null ? readByTheRun.get() : ContainerCode.read(SwiftProject.read(
                new SwiftFinder.Found(repository.root(), repository.swiftSources(), repository.entitlements(), false)));
        List<ContainerSite> sites = new ArrayList<>();
        for (dev.cdlint.model.swift.ContainerSite site : code.sites()) {
            switch (site.kind()) {
                case CORE_DATA -> site.stores().forEach(store -> add(sites, site, store, site.location(),
                        Api.CORE_DATA_CLOUDKIT));
                case MODEL_CONTAINER, VIEW_MODIFIER, MODEL_CONFIGURATION -> site.stores().stream()
                        .filter(StoreSite::followed)
                        .forEach(store -> add(sites, site, store, store.location(),
                                store.origin() == StoreSite.Origin.CONFIGURATION_DEFAULT
                                        ? Api.SWIFTDATA_DEFAULT_DATABASE : Api.SWIFTDATA));
                case CLOUDKIT -> site.stores().forEach(store -> add(sites, site, store, site.location(),
                        Api.CK_CONTAINER));
                case CLOUDKIT_DEFAULT -> sites.add(new ContainerSite(site.location(), Api.CK_CONTAINER_DEFAULT,
                        Optional.empty(), Optional.empty(), site.location(), Optional.empty(), site.checkedAtRunTime()));
                case SYNC_ENGINE -> sites.add(new ContainerSite(site.location(), Api.CK_SYNC_ENGINE, Optional.empty(),
                        Optional.empty(), site.location(), Optional.empty(), site.checkedAtRunTime()));
            }
        }
        // In file order, so that the first site a target compiles is the first a reader of its code meets.
        sites.sort(Comparator.comparing((ContainerSite s) -> s.location().file().toString())
                .thenComparingInt(s -> s.location().line()).thenComparingInt(s -> s.location().column()));
        return new Found(sites, code.groupUses());
    }

    private static void add(List<ContainerSite> sites, dev.cdlint.model.swift.ContainerSite site, StoreSite store,
            SourceLocation at, Api api) {
        Optional<String> model = Optional.ofNullable(site.modelName());
        Optional<DatabaseScope> scope = scope(store);
        if (store.containers().isEmpty()) {
            sites.add(new ContainerSite(at, api, model, Optional.empty(), store.location(), scope,
                    site.checkedAtRunTime()));
        }
        for (ContainerIdentifier container : store.containers()) {
            sites.add(new ContainerSite(at, api, model, Optional.of(container.identifier()), container.location(),
                    scope, site.checkedAtRunTime()));
        }
    }

    /**
     * The database a store syncs to when any value the code can give it syncs (a store that syncs on some path is
     * wired for sync); none when every value is {@code .none} or nil options; empty when it is up to the
     * entitlements ({@code .automatic}) or not followed.
     */
    private static Optional<DatabaseScope> scope(StoreSite store) {
        for (CloudKitDatabase database : List.of(CloudKitDatabase.PRIVATE, CloudKitDatabase.PUBLIC,
                CloudKitDatabase.SHARED)) {
            if (store.databases().contains(database)) {
                return Optional.of(DatabaseScope.valueOf(database.name()));
            }
        }
        if (store.databases().contains(CloudKitDatabase.NONE) && store.databases().size() == 1) {
            return Optional.of(DatabaseScope.NONE);
        }
        return Optional.empty();
    }
}
