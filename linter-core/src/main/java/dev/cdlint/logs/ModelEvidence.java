package dev.cdlint.logs;

import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.Linter;
import dev.cdlint.lint.SwiftModels;
import dev.cdlint.logs.kinds.DiagnosisKind;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.Property;
import dev.cdlint.model.xml.ModelFinder;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.Field;
import dev.cdlint.schema.RecordType;
import dev.cdlint.schema.Schema;
import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the model (and the production schema, when given) say about each diagnosis: where the element is, whether
 * the model still has a field production refused, whether {@code cdlint check} reports what Core Data rejected,
 * and whether the export confirms a production-schema diagnosis.
 */
public final class ModelEvidence {

    private final DataModel model;
    private final ModelVersion version;
    private final Path modelPath;
    private final Map<String, MirroredRecordType> recordTypes;
    private final Schema production;
    private final Path productionPath;
    private List<Finding> findings;

    private ModelEvidence(Path modelPath, DataModel model, Path productionPath, Schema production) {
        this.modelPath = modelPath;
        this.model = model;
        this.version = model == null ? null : model.current();
        this.productionPath = productionPath;
        this.production = production;
        // Every configuration: the log does not say which store it came from, and a record type is named the
        // same whichever configuration mirrors it.
        this.recordTypes = version == null ? Map.of() : Mirror.container(version.configurations().stream()
                .map(configuration -> Mirror.of(version, configuration, DatabaseScope.PRIVATE)).toList());
    }

    /**
     * @param model the model (its current version is used); may be null when only {@code against} is given
     * @param against the production schema; may be null
     */
    public static ModelEvidence read(Path model, Path against) {
        Schema production = null;
        if (against != null) {
            production = CkdbParser.parse(against);
        }
        if (model == null) {
            return new ModelEvidence(null, null, against, production);
        }
        if (!Files.exists(model)) {
            throw new InputException(SourceLocation.ofFile(model), "no such file or directory");
        }
        Path modelPath = ModelFinder.modelOf(model);
        if (SwiftModels.isSwiftPath(modelPath)) {
            DataModel swift = SwiftModels.one(modelPath);
            return new ModelEvidence(swift.path(), swift, against, production);
        }
        return new ModelEvidence(modelPath, ModelReader.read(modelPath), against, production);
    }

    public List<Diagnosis> explain(List<Diagnosis> diagnoses) {
        return diagnoses.stream().map(this::explain).toList();
    }

    Diagnosis explain(Diagnosis d) {
        return switch (d.kind()) {
            case PRODUCTION_SCHEMA_FIELD, FIELD_TYPE_MISMATCH, NEW_FIELD_FROM_EMPTY_LIST -> field(d);
            case PRODUCTION_SCHEMA_TYPE -> recordType(d);
            case MODEL_VALIDATION -> validated(d);
            default -> d;
        };
    }

    private Diagnosis field(Diagnosis d) {
        List<String> notes = new ArrayList<>();
        String entity = d.entity();
        String property = d.property();
        SourceLocation element = null;
        if (version != null && entity != null) {
            Optional<MirroredField> mirrored = Optional.ofNullable(recordTypes.get(d.recordType()))
                    .flatMap(t -> t.field(d.field()));
            if (mirrored.isPresent() && mirrored.get().property() != null) {
                MirroredField field = mirrored.get();
                entity = field.entity();
                property = field.property();
                element = field.location();
                notes.add("The model still has " + entity + "." + property
                        + (d.kind() == DiagnosisKind.PRODUCTION_SCHEMA_FIELD
                                ? ", so the production schema is behind the model." : "."));
            } else if (mirrored.isPresent()) {
                element = mirrored.get().location();
                notes.add("The container adds " + d.field() + " to every record type itself.");
            } else {
                Optional<Entity> root = version.entity(entity);
                String named = property;
                Optional<Declared> declared = root.flatMap(r -> declaredInHierarchy(r, named));
                if (root.isEmpty()) {
                    notes.add("The model has no entity " + entity + ": the log comes from another model or an"
                            + " older version of this one.");
                } else if (declared.isPresent()) {
                    entity = declared.get().entity().name();
                    element = declared.get().property().location();
                    notes.add("The model has " + entity + "." + property + " but does not sync it (transient,"
                            + " ignored or of a type CloudKit rejects).");
                } else {
                    element = root.get().location();
                    notes.add("The model no longer has a property " + property + " in " + entity + "'s hierarchy:"
                            + " the log comes from an older build, or it was renamed; the field stays in CloudKit.");
                }
            }
        }
        confirmField(d, notes);
        return d.withModel(entity, property, element, notes);
    }

    private void confirmField(Diagnosis d, List<String> notes) {
        if (production == null || d.recordType() == null || CloudKitNames.isElided(d.recordType())
                || d.field() != null && CloudKitNames.isElided(d.field())) {
            return;
        }
        String export = productionPath.getFileName().toString();
        Optional<RecordType> type = production.recordType(d.recordType());
        Optional<Field> field = type.flatMap(t -> t.field(d.field()));
        if (type.isEmpty()) {
            notes.add(export + " has no record type " + d.recordType() + " at all: confirmed, deploy it.");
        } else if (field.isEmpty()) {
            notes.add(d.kind() == DiagnosisKind.PRODUCTION_SCHEMA_FIELD
                    ? export + " has no field " + d.field() + " in " + d.recordType() + ": confirmed."
                    : export + " has no field " + d.field() + " in " + d.recordType() + ".");
        } else if (d.kind() == DiagnosisKind.PRODUCTION_SCHEMA_FIELD) {
            notes.add(export + " has " + d.recordType() + "." + d.field() + ": it was deployed after the log was"
                    + " written, or the log comes from another container or environment.");
        } else {
            notes.add(export + " defines " + d.recordType() + "." + d.field() + " as " + field.get().type() + ".");
        }
    }

    private Diagnosis recordType(Diagnosis d) {
        List<String> notes = new ArrayList<>();
        SourceLocation element = null;
        if (version != null && d.entity() != null) {
            Optional<Entity> root = version.entity(d.entity());
            if (root.isPresent()) {
                element = root.get().location();
                notes.add("The model has entity " + d.entity() + ", so the production schema is behind the"
                        + " model.");
            } else {
                notes.add("The model has no entity " + d.entity() + ": the log comes from another model or an older"
                        + " version of this one.");
            }
        }
        if (production != null && d.recordType() != null && !CloudKitNames.isElided(d.recordType())) {
            String export = productionPath.getFileName().toString();
            notes.add(production.recordType(d.recordType()).isPresent()
                    ? export + " has record type " + d.recordType() + ": it was deployed after the log was written,"
                            + " or the log comes from another container or environment."
                    : export + " has no record type " + d.recordType() + ": confirmed.");
        }
        return d.withModel(d.entity(), null, element, notes);
    }

    private Diagnosis validated(Diagnosis d) {
        if (version == null || d.entity() == null) {
            return d;
        }
        List<String> notes = new ArrayList<>();
        Optional<Entity> entity = version.entity(d.entity());
        if (entity.isEmpty()) {
            notes.add("The model has no entity " + d.entity() + ": the log comes from another model or an older"
                    + " version of this one.");
            return d.withModel(d.entity(), d.property(), null, notes);
        }
        SourceLocation element = entity.get().location();
        Set<String> owners = version.ancestry(entity.get()).stream().map(Entity::name).collect(Collectors.toSet());
        if (d.property() != null) {
            Optional<Declared> declared = declaredInAncestry(entity.get(), d.property());
            if (declared.isEmpty()) {
                notes.add("The model no longer has " + d.entity() + "." + d.property() + ": the log comes from an"
                        + " older version of the model.");
                return d.withModel(d.entity(), d.property(), element, notes);
            }
            element = declared.get().property().location();
            if (declared.get().entity() != entity.get()) {
                notes.add(d.entity() + " inherits " + d.property() + " from " + declared.get().entity().name() + ".");
            }
        }
        if (d.rule() == null) {
            notes.add("cdlint has no rule for this check yet.");
        } else {
            Optional<Finding> reported = findings().stream()
                    .filter(f -> f.rule().equals(d.rule()))
                    .filter(f -> f.entity() != null && owners.contains(f.entity()))
                    .filter(f -> d.property() == null || d.property().equals(f.property()))
                    .findFirst();
            notes.add(reported.isPresent()
                    ? "'cdlint check' reports it too (" + d.rule() + ")."
                    : "'cdlint check' does not report it (" + d.rule() + "): if the log comes from this version of"
                            + " the model, that is a cdlint bug worth reporting.");
        }
        return d.withModel(d.entity(), d.property(), element, notes);
    }

    /**
     * What {@code check} reports on the model read, with its configuration: the model's own rules, since the
     * question is what Core Data rejected at load (no production schema, no deployed model).
     */
    private List<Finding> findings() {
        if (findings == null) {
            LintConfig config = new Linter().configFor(modelPath, LintRequest.of(modelPath));
            findings = RuleEngine.withAllRules().check(model, config, Optional.empty());
        }
        return findings;
    }

    private record Declared(Entity entity, Property property) {}

    /** The property as the entity has it: its own, or the nearest ancestor's. */
    private Optional<Declared> declaredInAncestry(Entity entity, String name) {
        return declaredIn(version.ancestry(entity), name);
    }

    /** The property as any entity of the root's hierarchy declares it: they all share one record type. */
    private Optional<Declared> declaredInHierarchy(Entity root, String name) {
        return name == null ? Optional.empty() : declaredIn(version.hierarchy(root), name);
    }

    /** The first of the entities, in order, that declares the property. */
    private static Optional<Declared> declaredIn(List<Entity> entities, String name) {
        for (Entity owner : entities) {
            Optional<Declared> declared = owner.properties().filter(p -> p.name().equals(name)).findFirst()
                    .map(p -> new Declared(owner, p));
            if (declared.isPresent()) {
                return declared;
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "ModelEvidence[" + Objects.toString(modelPath) + ", " + Objects.toString(productionPath) + "]";
    }
}
