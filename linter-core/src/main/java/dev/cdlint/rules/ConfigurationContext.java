package dev.cdlint.rules;

import dev.cdlint.check.RuleSettings;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.CheckedConfiguration;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.DeployedSchema;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.mapping.MirroredSchema;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.DeclaringEntity;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Property;
import dev.cdlint.schema.Schema;
import dev.cdlint.source.SourceLocation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** What a rule sees of one checked configuration: its entities, its scope, its mirror, the production schema. */
public final class ConfigurationContext extends ModelContext {

    private final CheckedConfiguration target;
    private final Supplier<MirroredSchema> mirror;
    private final Collection<Supplier<MirroredSchema>> containerMirrors;
    private final Optional<Schema> production;
    private final Supplier<Optional<DeployedSchema>> deployed;
    /** Added to every message while checking properties inherited from an entity outside the configuration. */
    private final String heirsNote;

    /** Built by the engine, once per rule and checked configuration. */
    public ConfigurationContext(DataModel model, List<CheckedConfiguration> checked, boolean sharing,
            CheckedConfiguration target, Supplier<MirroredSchema> mirror,
            Collection<Supplier<MirroredSchema>> containerMirrors,
            Optional<Schema> production, Supplier<Optional<DeployedSchema>> deployed, String ruleId,
            RuleSettings settings, Consumer<Finding> sink) {
        this(model, checked, sharing, target, mirror, containerMirrors, production, deployed, ruleId, settings, sink,
                null);
    }

    private ConfigurationContext(DataModel model, List<CheckedConfiguration> checked, boolean sharing,
            CheckedConfiguration target, Supplier<MirroredSchema> mirror,
            Collection<Supplier<MirroredSchema>> containerMirrors,
            Optional<Schema> production, Supplier<Optional<DeployedSchema>> deployed, String ruleId,
            RuleSettings settings, Consumer<Finding> sink, String heirsNote) {
        super(model, checked, sharing, ruleId, settings, sink);
        this.target = target;
        this.mirror = mirror;
        this.containerMirrors = containerMirrors;
        this.production = production;
        this.deployed = deployed;
        this.heirsNote = heirsNote;
    }

    /**
     * The entities whose declared properties this configuration carries: its members, and ancestors of members
     * that are not members themselves (Core Data validates and syncs inherited properties all the same).
     */
    public List<DeclaringEntity> declaringEntities() {
        return version().declaringEntities(configuration());
    }

    /** What a rule does with one property: reports go to the context given, on the entity that declares it. */
    interface PropertyCheck {
        void check(ConfigurationContext context, Entity entity, Property property);
    }

    /**
     * Visits every property the configuration carries once, on the entity that declares it, inherited ones from
     * an ancestor outside the configuration included: what the validator checks ({@link #declaringEntities()}).
     */
    void forEachProperty(PropertyCheck check) {
        for (DeclaringEntity declaring : declaringEntities()) {
            ConfigurationContext declared = declaredBy(declaring);
            declaring.entity().properties().forEach(property -> check.check(declared, declaring.entity(), property));
        }
    }

    /**
     * This context for checking the properties one entity declares. For an ancestor outside the configuration, the
     * finding stays at its declaration, the element to change, and its message names the synced entities that
     * inherit it, so the problem is reported once and the reader sees why an unsynced entity matters.
     */
    private ConfigurationContext declaredBy(DeclaringEntity declaring) {
        String declaringName = declaring.entity().name();
        if (declaring.isMember() || checkedConfigurations().stream()
                .anyMatch(c -> c.configuration().contains(declaringName))) {
            // Checked as a member of another configuration too: the same message there makes it one finding.
            return this;
        }
        String heirs = declaring.heirs().stream().map(Entity::name).distinct().collect(Collectors.joining(", "));
        String note = " (Synced through " + heirs + ", which " + (declaring.heirs().size() == 1 ? "inherits" : "inherit")
                + " it: configuration " + configuration().name() + " does not contain " + declaring.entity().name()
                + ", but Core Data checks and syncs inherited properties.)";
        return new ConfigurationContext(model(), checkedConfigurations(), sharing(), target, mirror, containerMirrors,
                production, deployed, ruleId(), settings(), sink(), note);
    }

    public Configuration configuration() {
        return target.configuration();
    }

    public DatabaseScope scope() {
        return target.scope();
    }

    /** The configuration's entities, in file order. */
    public List<Entity> entities() {
        return version().members(configuration());
    }

    /** The schema the container creates for this configuration; computed once and shared by all rules. */
    public MirroredSchema mirror() {
        return mirror.get();
    }

    /** The schema of every checked configuration, this one included: what the model's container holds. */
    public List<MirroredSchema> containerMirrors() {
        return containerMirrors.stream().map(Supplier::get).toList();
    }

    /** The model production was deployed from, mirrored, when one was given; computed once for all rules. */
    public Optional<DeployedSchema> deployed() {
        return deployed.get();
    }

    /** The production schema to compare with, when one was given. */
    public Optional<Schema> production() {
        return production;
    }

    public String recordTypeOf(Entity entity) {
        return Mirror.recordTypeName(version(), entity);
    }

    /** Reports a schema finding, which names the record type and field as well as the model element. */
    public void reportField(SourceLocation location, String entity, String property, String recordType, String field,
            String message) {
        reportField(location, entity, property, recordType, field, severity(), message);
    }

    /** Reports a schema finding at the attribute or relationship the field comes from, else at the root entity. */
    public void reportField(MirroredRecordType type, MirroredField field, String message) {
        reportField(field.location(), type.entityOf(field), field.property(), type.name(), field.name(), message);
    }

    /** Reports a schema finding with the severity given, for rules whose severity depends on what is missing. */
    public void reportField(SourceLocation location, String entity, String property, String recordType, String field,
            Severity severity, String message) {
        emit(new Finding(ruleId(), severity, message, location, entity, property, configurationName(), recordType,
                field));
    }

    @Override
    void emit(Finding finding) {
        super.emit(heirsNote == null ? finding : new Finding(finding.rule(), finding.severity(),
                finding.message() + heirsNote, finding.location(), finding.entity(), finding.property(),
                finding.configuration(), finding.recordType(), finding.field()));
    }

    @Override
    String configurationName() {
        return configuration().name();
    }
}
