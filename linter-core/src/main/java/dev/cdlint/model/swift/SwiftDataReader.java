package dev.cdlint.model.swift;

import dev.cdlint.source.InputException;
import dev.cdlint.swift.PropertyDeclaration;
import dev.cdlint.swift.SwiftFile;
import dev.cdlint.swift.TypeDeclaration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a project's {@code @Model} classes into the domain model the XML reader builds, one model per schema
 * (docs/cloudkit.md#swiftdata): the classes a {@code SchemaMigrationPlan}'s versions list form one model whose
 * current version is the one the container is built from; the remaining classes of a target form one model named
 * after the target's folder. Each model's configurations, and whether each syncs, come from the container code.
 */
public final class SwiftDataReader {

    static final String VERSIONED_SCHEMA = "VersionedSchema";
    static final String MIGRATION_PLAN = "SchemaMigrationPlan";

    private final SwiftProject project;
    private final SwiftIndex index;
    private final ContainerCodeReader code;
    private final List<ModelClass> classes = new ArrayList<>();
    private final Map<String, ModelClass> byQualifiedName = new HashMap<>();
    private final Map<String, List<ModelClass>> bySimpleName = new HashMap<>();
    private final Map<String, TypeDeclaration> versionDeclarations = new LinkedHashMap<>();
    private final Map<String, SwiftFile> versionFiles = new HashMap<>();
    private final Map<String, Version> versions = new LinkedHashMap<>();

    /** A {@code @Model} class, with the target it is compiled in. */
    record ModelClass(TypeDeclaration declaration, SwiftFile file, Target target) {

        String name() {
            return declaration.name();
        }

        String qualifiedName() {
            return declaration.qualifiedName();
        }
    }

    /** A target as the folder layout shows it: {@code Sources/<Name>} in a package, else a top-level folder. */
    record Target(String name, Path folder) {}

    private final TargetSigning signing;

    private SwiftDataReader(SwiftProject project, TargetSigning signing) {
        this.project = project;
        this.signing = signing;
        this.index = new SwiftIndex(project);
        this.code = new ContainerCodeReader(index);
    }

    /** The models, the container code, and the files that could not be followed; no project says how apps sign. */
    public static SwiftData read(SwiftProject project) {
        return read(project, TargetSigning.NONE);
    }

    /** The same, with what the project's targets are signed with for SwiftData's {@code .automatic}. */
    public static SwiftData read(SwiftProject project, TargetSigning signing) {
        return new SwiftDataReader(project, signing).read();
    }

    private SwiftData read() {
        ContainerCode containers = code.read();
        for (SwiftFile file : List.copyOf(index.files())) {
            for (TypeDeclaration type : file.allTypes()) {
                if (type.hasAttribute("Model") && type.kind() == TypeDeclaration.Kind.CLASS) {
                    ModelClass modelClass = new ModelClass(type, file, target(file));
                    classes.add(modelClass);
                    byQualifiedName.putIfAbsent(type.qualifiedName(), modelClass);
                    bySimpleName.computeIfAbsent(type.name(), n -> new ArrayList<>()).add(modelClass);
                }
                if (type.kind() != TypeDeclaration.Kind.EXTENSION && type.inherits(VERSIONED_SCHEMA)) {
                    versionDeclarations.putIfAbsent(type.qualifiedName(), type);
                    versionFiles.putIfAbsent(type.qualifiedName(), file);
                }
            }
        }
        List<InputException> unreadable = new ArrayList<>(project.unreadable());
        if (classes.isEmpty()) {
            return new SwiftData(List.of(), containers, unreadable);
        }
        Placement placement = new Placement(this, containers, signing, project.entitlements());
        List<SwiftDataModel> models = new ArrayList<>();
        Set<ModelClass> claimed = new LinkedHashSet<>();
        for (Family family : families(containers)) {
            family.versions().forEach(v -> claimed.addAll(v.classes()));
            models.add(DataModelBuilder.versioned(this, family, placement));
        }
        Map<Target, List<ModelClass>> unversioned = new TreeMap<>(Comparator.comparing(t -> t.folder().toString()));
        for (ModelClass modelClass : classes) {
            if (!claimed.contains(modelClass)) {
                unversioned.computeIfAbsent(modelClass.target(), t -> new ArrayList<>()).add(modelClass);
            }
        }
        unversioned.forEach((target, members) -> models.add(DataModelBuilder.target(this, target, members,
                placement)));
        models.sort(Comparator.comparing((SwiftDataModel m) -> m.model().path().toString())
                .thenComparing(m -> m.model().name()));
        return new SwiftData(models, containers, unreadable);
    }

    // ---- targets and names ----

    private Target target(SwiftFile file) {
        Path root = project.root().toAbsolutePath().normalize();
        Path path = project.pathOf(file).toAbsolutePath().normalize();
        Path relative = path.startsWith(root) ? root.relativize(path) : path.getFileName();
        int sources = -1;
        for (int i = 0; i + 2 < relative.getNameCount(); i++) {
            if (relative.getName(i).toString().equals("Sources")) {
                sources = i;
            }
        }
        if (sources >= 0) {
            return new Target(relative.getName(sources + 1).toString(), root.resolve(relative.subpath(0, sources + 2)));
        }
        if (relative.getNameCount() > 1) {
            return new Target(relative.getName(0).toString(), root.resolve(relative.getName(0)));
        }
        Path name = root.getFileName();
        return new Target(name == null ? "SwiftData" : name.toString(), root);
    }

    /** The class a type name means where it is written: nested in the context's types first, then anywhere. */
    Optional<ModelClass> resolve(TypeReference reference) {
        return reference.conformers() ? resolveAll(reference).stream().findFirst()
                : resolve(reference.name(), reference.context(), 0);
    }

    /** The classes a reference stands for: the one it names, or every class conforming to a generic's constraint. */
    List<ModelClass> resolveAll(TypeReference reference) {
        if (!reference.conformers()) {
            return resolve(reference).stream().toList();
        }
        List<String> constraints = List.of(reference.name().split("\\s*&\\s*"));
        return classes.stream().filter(c -> constraints.stream().allMatch(c.declaration()::inherits)).toList();
    }

    private Optional<ModelClass> resolve(String name, List<String> context, int depth) {
        if (name == null || name.isEmpty() || depth > SwiftIndex.MAX_DEPTH) {
            return Optional.empty();
        }
        for (int k = context.size(); k >= 0; k--) {
            String qualified = k == 0 ? name : String.join(".", context.subList(0, k)) + "." + name;
            ModelClass found = byQualifiedName.get(qualified);
            if (found != null) {
                return Optional.of(found);
            }
        }
        String simple = name.substring(name.lastIndexOf('.') + 1);
        Optional<SwiftIndex.Alias> alias = index.alias(simple, context);
        if (alias.isPresent() && !alias.get().declaration().target().equals(name)) {
            Optional<ModelClass> aliased = resolve(alias.get().declaration().target(), alias.get().context(), depth + 1);
            if (aliased.isPresent()) {
                return aliased;
            }
        }
        if (name.contains(".")) {
            return classes.stream().filter(c -> c.qualifiedName().endsWith("." + name)).findFirst();
        }
        // A top-level class of the name was found above as its own qualified name: what is left is nested.
        return bySimpleName.getOrDefault(name, List.of()).stream().findFirst();
    }

    // ---- versions ----

    /** A {@code VersionedSchema} and the classes its {@code models} list names (with the models they relate to). */
    record Version(String name, TypeDeclaration declaration, SwiftFile file, List<ModelClass> classes) {}

    /** The versions one migration plan (or several that share versions) lists, oldest first, and the current one. */
    record Family(List<Version> versions, Version current) {}

    private List<Family> families(ContainerCode containers) {
        versionDeclarations.forEach((name, declaration) -> versions.put(name, version(name, declaration)));
        List<List<String>> plans = new ArrayList<>();
        for (SwiftFile file : List.copyOf(index.files())) {
            for (TypeDeclaration type : file.allTypes()) {
                if (type.kind() != TypeDeclaration.Kind.EXTENSION && type.inherits(MIGRATION_PLAN)) {
                    plans.add(planSchemas(type, file, versions));
                }
            }
        }
        // Versions linked by a plan are one family; plans sharing a version are merged, keeping each order.
        List<List<String>> groups = new ArrayList<>();
        for (List<String> plan : plans) {
            List<String> merged = new ArrayList<>(plan);
            for (var it = groups.iterator(); it.hasNext(); ) {
                List<String> group = it.next();
                if (group.stream().anyMatch(merged::contains)) {
                    List<String> union = new ArrayList<>(group);
                    merged.stream().filter(v -> !union.contains(v)).forEach(union::add);
                    merged = union;
                    it.remove();
                }
            }
            groups.add(merged);
        }
        for (String name : versions.keySet()) {
            if (groups.stream().noneMatch(g -> g.contains(name))) {
                groups.add(List.of(name));
            }
        }
        List<Family> families = new ArrayList<>();
        for (List<String> group : groups) {
            List<Version> members = group.stream().map(versions::get).toList();
            if (members.isEmpty() || members.stream().allMatch(v -> v.classes().isEmpty())) {
                continue;
            }
            families.add(current(members, plans, containers));
        }
        return families;
    }

    private Version version(String name, TypeDeclaration declaration) {
        SwiftFile file = versionFiles.get(name);
        Optional<PropertyDeclaration> models = declaration.members().properties().stream()
                .filter(p -> p.name().equals("models")).findFirst();
        List<ModelClass> found = new ArrayList<>();
        if (models.isPresent()) {
            PropertyDeclaration property = models.get();
            ContainerCodeReader.Types types = new ContainerCodeReader.Types();
            code.typesOf(property.body() != null ? property.body() : property.initializer(), types, 0);
            for (TypeReference reference : types.references) {
                resolveAll(reference).stream().filter(c -> !found.contains(c)).forEach(found::add);
            }
        }
        return new Version(declaration.name(), declaration, file, withRelated(found));
    }

    /** The classes and every model class their relationships reach: SwiftData adds related models to a schema. */
    List<ModelClass> withRelated(List<ModelClass> roots) {
        List<ModelClass> all = new ArrayList<>(roots);
        for (int i = 0; i < all.size(); i++) {
            ModelClass modelClass = all.get(i);
            for (PropertyDeclaration property : modelClass.declaration().members().properties()) {
                if (!EntityBuilder.persisted(property)) {
                    continue;
                }
                EntityBuilder.relationshipTarget(property)
                        .flatMap(t -> resolve(new TypeReference(t, contextOf(modelClass))))
                        .filter(c -> !all.contains(c))
                        .ifPresent(all::add);
            }
        }
        return all;
    }

    static List<String> contextOf(ModelClass modelClass) {
        return SwiftIndex.splitName(modelClass.qualifiedName());
    }

    private List<String> planSchemas(TypeDeclaration plan, SwiftFile file, Map<String, Version> versions) {
        List<String> schemas = new ArrayList<>();
        plan.members().properties().stream().filter(p -> p.name().equals("schemas")).findFirst().ifPresent(p -> {
            ContainerCodeReader.Types types = new ContainerCodeReader.Types();
            code.typesOf(p.body() != null ? p.body() : p.initializer(), types, 0);
            for (TypeReference reference : types.references) {
                versionName(reference).filter(versions::containsKey).filter(v -> !schemas.contains(v))
                        .ifPresent(schemas::add);
            }
        });
        return schemas;
    }

    /** The qualified name of the {@code VersionedSchema} a reference means, following type aliases. */
    Optional<String> versionName(TypeReference reference) {
        String name = reference.name();
        for (int depth = 0; depth < SwiftIndex.MAX_DEPTH; depth++) {
            List<String> context = reference.context();
            for (int k = context.size(); k >= 0; k--) {
                String qualified = k == 0 ? name : String.join(".", context.subList(0, k)) + "." + name;
                if (versionDeclarations.containsKey(qualified)) {
                    return Optional.of(qualified);
                }
            }
            Optional<SwiftIndex.Alias> alias = index.alias(name, context);
            if (alias.isEmpty()) {
                return Optional.empty();
            }
            name = alias.get().declaration().target();
        }
        return Optional.empty();
    }

    /**
     * The current version: the one a container is built from ({@code Schema(versionedSchema:)}), else the last of
     * the plan's schemas, else the only one.
     */
    private Family current(List<Version> members, List<List<String>> plans, ContainerCode containers) {
        for (ContainerSite site : containers.sites()) {
            Optional<Version> named = site.versioned().flatMap(this::versionName)
                    .flatMap(n -> members.stream().filter(v -> v.declaration().qualifiedName().equals(n)).findFirst());
            if (named.isPresent()) {
                return new Family(members, named.get());
            }
        }
        Version last = members.get(members.size() - 1);
        for (List<String> plan : plans) {
            if (!plan.isEmpty() && members.stream().anyMatch(v -> v.declaration().qualifiedName().equals(plan.get(0)))) {
                String lastName = plan.get(plan.size() - 1);
                return new Family(members, members.stream()
                        .filter(v -> v.declaration().qualifiedName().equals(lastName)).findFirst().orElse(last));
            }
        }
        return new Family(members, last);
    }

    /** The classes of a version, by its qualified name; none before the versions are read. */
    List<ModelClass> versionClasses(String qualifiedName) {
        Version version = versions.get(qualifiedName);
        return version == null ? List.of() : version.classes();
    }

    SwiftProject project() {
        return project;
    }
}
