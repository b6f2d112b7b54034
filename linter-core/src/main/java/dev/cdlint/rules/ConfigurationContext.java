package dev.cdlint.rules;

import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredSchema;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.Entity;
import dev.cdlint.schema.Schema;
import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What a rule sees of one checked configuration: its entities, its scope, its mirror, the production schema. */
public final class ConfigurationContext extends ModelContext {

    private final CheckedConfiguration target;
    private final Supplier<MirroredSchema> mirror;
    private final Optional<Schema> production;

    ConfigurationContext(DataModel model, List<CheckedConfiguration> checked, CheckedConfiguration target,
            Supplier<MirroredSchema> mirror, Optional<Schema> production, String ruleId, RuleSettings settings,
            Consumer<Finding> sink) {
        super(model, checked, ruleId, settings, sink);
        this.target = target;
        this.mirror = mirror;
        this.production = production;
    }

    public Configuration configuration() {
        return target.configuration();
    }

    public DatabaseScope scope() {
        return target.scope();
    }

    /** The configuration's entities, in file order. */
    public List<Entity> entities() {
        return version().entities().stream().filter(e -> configuration().contains(e.name())).toList();
    }

    /** The schema the container creates for this configuration; computed once and shared by all rules. */
    public MirroredSchema mirror() {
        return mirror.get();
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
        emit(new Finding(ruleId(), severity(), message, location, entity, property, configurationName(), recordType,
                field));
    }

    @Override
    String configurationName() {
        return configuration().name();
    }
}
