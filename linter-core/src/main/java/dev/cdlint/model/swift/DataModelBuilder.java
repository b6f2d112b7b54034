package dev.cdlint.model.swift;

import dev.cdlint.model.DataModel;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.swift.SwiftDataReader.Family;
import dev.cdlint.model.swift.SwiftDataReader.ModelClass;
import dev.cdlint.model.swift.SwiftDataReader.Target;
import dev.cdlint.model.swift.SwiftDataReader.Version;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the domain model of a group of {@code @Model} classes, placed in the configurations the code gives them. */
final class DataModelBuilder {

    private DataModelBuilder() {}

    /** A versioned family's model: its current version, with the earlier ones configured like it. */
    static SwiftDataModel versioned(SwiftDataReader reader, Family family, Placement placement) {
        SwiftProject project = reader.project();
        Version current = family.current();
        Set<Path> files = new LinkedHashSet<>();
        files.add(project.pathOf(current.file()));
        family.versions().forEach(v -> {
            files.add(project.pathOf(v.file()));
            v.classes().forEach(c -> files.add(project.pathOf(c.file())));
        });
        Path folder = commonFolder(files);
        List<Entity> entities = new EntityBuilder(reader, current.classes()).entities();
        Placement.Placed placed = placement.place(current.classes(), entities);
        ModelVersion version = new ModelVersion(current.name(), false, entities, placed.configurations(), List.of(),
                current.declaration().location());
        DataModel model = new DataModel(folder, current.name(), List.of(), version, List.of(),
                DataModel.Format.SWIFT_DATA);
        SwiftDataModel read = new SwiftDataModel(model, List.of(), placed.decisions(), List.copyOf(files));
        List<ModelVersion> earlier = new ArrayList<>();
        for (Version other : family.versions()) {
            if (other != current && !other.classes().isEmpty()) {
                earlier.add(read.configuredLike(new ModelVersion(other.name(), false,
                        new EntityBuilder(reader, other.classes()).entities(), List.of(), List.of(),
                        other.declaration().location())));
            }
        }
        return new SwiftDataModel(model, earlier, placed.decisions(), List.copyOf(files));
    }

    /** The model of a target's classes that no version lists, with every class they relate to. */
    static SwiftDataModel target(SwiftDataReader reader, Target target, List<ModelClass> members,
            Placement placement) {
        SwiftProject project = reader.project();
        List<ModelClass> all = reader.withRelated(members);
        List<Entity> entities = new EntityBuilder(reader, all).entities();
        Placement.Placed placed = placement.place(all, entities);
        ModelVersion version = new ModelVersion(target.name(), false, entities, placed.configurations(), List.of(),
                members.get(0).declaration().location());
        DataModel model = new DataModel(target.folder(), target.name(), List.of(), version, List.of(),
                DataModel.Format.SWIFT_DATA);
        List<Path> files = all.stream().map(c -> project.pathOf(c.file())).distinct().toList();
        return new SwiftDataModel(model, List.of(), placed.decisions(), files);
    }

    private static Path commonFolder(Set<Path> files) {
        Path common = null;
        for (Path file : files) {
            Path folder = file.toAbsolutePath().normalize().getParent();
            if (common == null) {
                common = folder;
            } else {
                while (common != null && !folder.startsWith(common)) {
                    common = common.getParent();
                }
            }
        }
        return common;
    }
}
