package dev.cdlint.model.swift;

import dev.cdlint.model.Configuration;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Relationship;
import dev.cdlint.source.Excerpt;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which stores the code opens a model's classes in, and whether each syncs (docs/cloudkit.md#swiftdata-scope). Each
 * store becomes a configuration of the model: the Default configuration when it holds every class, else one named
 * after the {@code ModelConfiguration} ({@code default} when it has no name, as SwiftData names it). A store syncs
 * when any value the code can give it syncs: a fallback to {@code .none} after a failed load, or a user setting,
 * does not stop the first attempt from being validated. {@code .automatic} syncs when the app is signed for CloudKit,
 * to the first container its entitlements list: the entitlements of the targets that compile the store's code and
 * the model's classes where a project says which they are, else the first entitlements file that grants CloudKit;
 * with no entitlements file found it is checked as syncing.
 */
final class Placement {

    private static final String UNNAMED = "default";

    private final SwiftDataReader reader;
    private final ContainerCode containers;
    private final TargetSigning signing;
    private final List<Path> entitlementFiles;
    private List<CloudKitSigning> entitlements;

    record Placed(List<Configuration> configurations, List<ScopeDecision> decisions) {}

    /** One store that holds some of the model's classes. */
    private static final class Store {
        final String name;
        final Set<String> members;
        final Set<CloudKitDatabase> databases = new LinkedHashSet<>();
        final Set<String> containers = new LinkedHashSet<>();
        final List<StoreSite> sites = new ArrayList<>();
        /** The files of its configuration code and of its classes: the targets that compile them sign it. */
        final Set<Path> files = new LinkedHashSet<>();

        Store(String name, Set<String> members) {
            this.name = name;
            this.members = members;
        }
    }

    /**
     * @param signing what the targets that compile some files are signed with, where a project says
     * @param entitlementFiles the project's entitlements files, for when it does not
     */
    Placement(SwiftDataReader reader, ContainerCode containers, TargetSigning signing, List<Path> entitlementFiles) {
        this.reader = reader;
        this.containers = containers;
        this.signing = signing;
        this.entitlementFiles = List.copyOf(entitlementFiles);
    }

    Placed place(List<SwiftDataReader.ModelClass> classes, List<Entity> entities) {
        Set<String> all = entities.stream().map(Entity::name).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Store> stores = new LinkedHashMap<>();
        // A configurations: argument cdlint could not follow is one of the configurations the code builds
        // elsewhere; when there are such, each is placed on its own and the unknown one adds nothing.
        boolean builtElsewhere = containers.sites().stream()
                .anyMatch(s -> s.kind() == ContainerSite.Kind.MODEL_CONFIGURATION);
        for (ContainerSite site : containers.sites()) {
            if (!site.kind().swiftData()) {
                continue;
            }
            Set<SwiftDataReader.ModelClass> siteClasses = classesOf(site.types(), site.versionedSchema());
            for (StoreSite storeSite : site.stores()) {
                if (!storeSite.followed() && builtElsewhere) {
                    continue;
                }
                Set<SwiftDataReader.ModelClass> storeClasses = storeSite.types().isEmpty() ? siteClasses
                        : classesOf(storeSite.types(), null);
                if (storeClasses.isEmpty() && storeSite.types().isEmpty() && site.types().isEmpty()
                        && site.versionedSchema() == null) {
                    storeClasses = sameTarget(storeSite, classes);
                }
                Set<String> members = new LinkedHashSet<>();
                storeClasses.stream().filter(classes::contains).map(SwiftDataReader.ModelClass::name)
                        .forEach(members::add);
                members = related(members, entities);
                if (members.isEmpty()) {
                    continue;
                }
                String name = storeSite.configuration() == null || storeSite.configuration().equals(UNNAMED)
                        ? (members.equals(all) ? Configuration.DEFAULT : UNNAMED) : storeSite.configuration();
                Set<String> storeMembers = members;
                Store store = stores.computeIfAbsent(name + "\u0000" + members, k -> new Store(name, storeMembers));
                store.sites.add(storeSite);
                store.files.add(storeSite.location().file());
                storeClasses.stream().filter(c -> store.members.contains(c.name()))
                        .forEach(c -> store.files.add(reader.project().pathOf(c.file())));
                for (CloudKitDatabase database : storeSite.databases()) {
                    store.databases.add(database);
                }
                store.containers.addAll(storeSite.containerIdentifiers());
            }
        }
        return configurations(all, stores, entities);
    }

    private Placed configurations(Set<String> all, Map<String, Store> stores, List<Entity> entities) {
        List<Configuration> configurations = new ArrayList<>();
        List<ScopeDecision> decisions = new ArrayList<>();
        SourceLocation modelAt = entities.isEmpty() ? null : entities.get(0).location();
        Set<String> placed = new LinkedHashSet<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        Store defaultStore = stores.values().stream().filter(s -> s.name.equals(Configuration.DEFAULT)).findFirst()
                .orElse(null);
        for (Store store : stores.values()) {
            placed.addAll(store.members);
            if (store == defaultStore || store.name.equals(Configuration.DEFAULT)) {
                if (store != defaultStore) {
                    merge(defaultStore, store);
                }
                continue;
            }
            int count = names.merge(store.name, 1, Integer::sum);
            String name = count == 1 ? store.name : store.name + " " + count;
            ScopeDecision decision = decide(name, store);
            decisions.add(decision);
            configurations.add(new Configuration(name, store.members, decision.outcome().checked(), false,
                    store.sites.get(0).location()));
        }
        Set<String> unplaced = new LinkedHashSet<>(all);
        unplaced.removeAll(placed);
        ScopeDecision defaultDecision;
        if (defaultStore != null) {
            defaultDecision = decide(Configuration.DEFAULT, defaultStore);
        } else if (placed.isEmpty()) {
            defaultDecision = new ScopeDecision(Configuration.DEFAULT, ScopeDecision.Outcome.UNPLACED,
                    "no ModelContainer, ModelConfiguration or .modelContainer in the code reads these classes", null,
                    List.of());
        } else {
            defaultDecision = new ScopeDecision(Configuration.DEFAULT, ScopeDecision.Outcome.NOT_SYNCED,
                    "no store holds all of these classes; each configuration below is decided on its own",
                    null, List.of());
        }
        configurations.add(0, new Configuration(Configuration.DEFAULT, all, defaultDecision.outcome().checked(),
                true, modelAt));
        decisions.add(0, defaultDecision);
        if (!placed.isEmpty() && !unplaced.isEmpty() && defaultStore == null) {
            String name = "Unplaced";
            configurations.add(new Configuration(name, unplaced, true, false, modelAt));
            decisions.add(new ScopeDecision(name, ScopeDecision.Outcome.UNPLACED, "no ModelContainer,"
                    + " ModelConfiguration or .modelContainer in the code reads " + String.join(", ", unplaced), null,
                    List.of()));
        }
        return new Placed(configurations, decisions);
    }

    private static void merge(Store into, Store from) {
        into.databases.addAll(from.databases);
        into.containers.addAll(from.containers);
        into.sites.addAll(from.sites);
    }

    /** What the store's databases come to, with the sentence and place a report gives. */
    private ScopeDecision decide(String configuration, Store store) {
        List<String> containerIds = new ArrayList<>(store.containers);
        if (store.databases.contains(CloudKitDatabase.PRIVATE)) {
            StoreSite site = store.sites.stream().filter(s -> s.databases().contains(CloudKitDatabase.PRIVATE))
                    .findFirst().orElseThrow();
            return new ScopeDecision(configuration, ScopeDecision.Outcome.PRIVATE, site.reason(), site.location(),
                    containerIds);
        }
        if (store.databases.contains(CloudKitDatabase.AUTOMATIC)) {
            StoreSite site = store.sites.stream().filter(s -> s.databases().contains(CloudKitDatabase.AUTOMATIC))
                    .findFirst().orElseThrow();
            Optional<CloudKitSigning> signed = signing.of(store.files);
            if (signed.isPresent() && !signed.get().cloudKit()) {
                if (store.databases.contains(CloudKitDatabase.UNRESOLVED)) {
                    return unresolved(configuration, store, containerIds);
                }
                CloudKitSigning without = signed.get();
                return new ScopeDecision(configuration, ScopeDecision.Outcome.NOT_SYNCED, site.reason() + "; target "
                        + Excerpt.quoted(without.target(), 80) + (without.file() == null ? " is signed without"
                        + " entitlements" : " is signed with " + without.file().getFileName() + ", which does not"
                        + " grant CloudKit") + ", so it mirrors nothing", site.location(), containerIds);
            }
            Optional<CloudKitSigning> granting = signed.or(() -> entitlements().stream()
                    .filter(CloudKitSigning::cloudKit).findFirst());
            if (granting.isPresent()) {
                CloudKitSigning signedFor = granting.get();
                List<String> first = signedFor.containers().isEmpty() ? List.of()
                        : List.of(signedFor.containers().get(0));
                String by = signedFor.target() == null ? signedFor.file().getFileName().toString() : "target "
                        + Excerpt.quoted(signedFor.target(), 80) + " is signed with " + signedFor.file().getFileName()
                        + ", which";
                return new ScopeDecision(configuration, ScopeDecision.Outcome.PRIVATE, site.reason() + "; " + by
                        + " grants CloudKit" + (first.isEmpty() ? "" : ", so it mirrors to " + first.get(0)),
                        site.location(), first);
            }
            if (!entitlements().isEmpty()) {
                if (store.databases.contains(CloudKitDatabase.UNRESOLVED)) {
                    return unresolved(configuration, store, containerIds);
                }
                return new ScopeDecision(configuration, ScopeDecision.Outcome.NOT_SYNCED, site.reason() + "; no"
                        + " .entitlements file grants CloudKit, so it mirrors nothing", site.location(), containerIds);
            }
            return new ScopeDecision(configuration, ScopeDecision.Outcome.UNRESOLVED, site.reason() + "; no"
                    + " .entitlements file was found, and it mirrors whenever the app is entitled", site.location(),
                    containerIds);
        }
        if (store.databases.contains(CloudKitDatabase.UNRESOLVED)) {
            return unresolved(configuration, store, containerIds);
        }
        StoreSite site = store.sites.get(0);
        return new ScopeDecision(configuration, ScopeDecision.Outcome.NOT_SYNCED, site.reason(), site.location(),
                containerIds);
    }

    /**
     * The entitlements files found by name, read when a store first needs them; one that cannot be read is left
     * out: {@code .automatic} is then checked as syncing, which hides nothing.
     */
    private List<CloudKitSigning> entitlements() {
        if (entitlements == null) {
            entitlements = new ArrayList<>();
            for (Path file : entitlementFiles) {
                try {
                    entitlements.add(CloudKitSigning.read(file));
                } catch (InputException unreadable) {
                    // The wiring checks report a file they cannot read; here it only stops telling what it grants.
                }
            }
        }
        return entitlements;
    }

    private static ScopeDecision unresolved(String configuration, Store store, List<String> containerIds) {
        StoreSite site = store.sites.stream().filter(s -> s.databases().contains(CloudKitDatabase.UNRESOLVED))
                .findFirst().orElseThrow();
        return new ScopeDecision(configuration, ScopeDecision.Outcome.UNRESOLVED, site.reason()
                + ", which cdlint could not follow to a value", site.location(), containerIds);
    }

    private Set<SwiftDataReader.ModelClass> classesOf(List<TypeReference> types, TypeReference versioned) {
        Set<SwiftDataReader.ModelClass> found = new LinkedHashSet<>();
        for (TypeReference type : types) {
            found.addAll(reader.resolveAll(type));
        }
        if (versioned != null) {
            reader.versionName(versioned).ifPresent(name -> found.addAll(reader.versionClasses(name)));
        }
        return found;
    }

    /** The model's classes, when a configuration that names no types is written in the same target as they are. */
    private static Set<SwiftDataReader.ModelClass> sameTarget(StoreSite site, List<SwiftDataReader.ModelClass> classes) {
        java.nio.file.Path file = site.location().file().toAbsolutePath().normalize();
        return classes.stream().anyMatch(c -> file.startsWith(c.target().folder())) ? new LinkedHashSet<>(classes)
                : Set.of();
    }

    /** The members and every entity their relationships reach, as a schema gains related models. */
    private static Set<String> related(Set<String> members, List<Entity> entities) {
        Map<String, Entity> byName = new LinkedHashMap<>();
        entities.forEach(e -> byName.putIfAbsent(e.name(), e));
        List<String> all = new ArrayList<>(members);
        for (int i = 0; i < all.size(); i++) {
            Entity entity = byName.get(all.get(i));
            if (entity == null) {
                continue;
            }
            for (Relationship relationship : entity.relationships()) {
                if (byName.containsKey(relationship.destinationEntity()) && !all.contains(relationship.destinationEntity())) {
                    all.add(relationship.destinationEntity());
                }
            }
            if (entity.parentEntity() != null && byName.containsKey(entity.parentEntity())
                    && !all.contains(entity.parentEntity())) {
                all.add(entity.parentEntity());
            }
        }
        return new LinkedHashSet<>(all);
    }
}
