package dev.cdlint.model.swift;

import java.util.List;

/**
 * Every place a project's Swift creates a persistent container or uses CloudKit directly, with the stores it opens
 * and where each syncs, and every App Group it uses: read once per run, for the SwiftData models (which
 * configurations sync), for Core Data models (a store mirrored in code is checked even without "Used with
 * CloudKit"), and for the app-wiring checks (which containers and groups the code names).
 */
public record ContainerCode(List<ContainerSite> sites, List<AppGroupUse> groupUses) {

    public static final ContainerCode NONE = new ContainerCode(List.of(), List.of());

    public ContainerCode {
        sites = List.copyOf(sites);
        groupUses = List.copyOf(groupUses);
    }

    /** What the project's Swift does with containers, without reading its SwiftData models. */
    public static ContainerCode read(SwiftProject project) {
        return new ContainerCodeReader(new SwiftIndex(project)).read();
    }

    /** The Core Data containers that name the model ({@code NSPersistentCloudKitContainer(name: "X")}). */
    public List<ContainerSite> coreDataContainersOf(String modelName) {
        return sites.stream()
                .filter(s -> s.kind() == ContainerSite.Kind.CORE_DATA && modelName.equals(s.modelName()))
                .toList();
    }
}
