package dev.cdlint.rules;

import dev.cdlint.check.RuleOption;
import dev.cdlint.check.RuleSettings;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.CheckedConfiguration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.Property;
import dev.cdlint.source.SourceLocation;
import java.util.List;
import java.util.function.Consumer;

/** What a rule sees of a model, and where it reports. Severity and rule id are filled in for the rule. */
public class ModelContext {

    private final DataModel model;
    private final List<CheckedConfiguration> checked;
    private final boolean sharing;
    private final RuleSettings settings;
    private final String ruleId;
    private final Consumer<Finding> sink;

    /** Built by the engine, once per rule and model. */
    public ModelContext(DataModel model, List<CheckedConfiguration> checked, boolean sharing, String ruleId,
            RuleSettings settings, Consumer<Finding> sink) {
        this.model = model;
        this.checked = List.copyOf(checked);
        this.sharing = sharing;
        this.ruleId = ruleId;
        this.settings = settings;
        this.sink = sink;
    }

    public DataModel model() {
        return model;
    }

    /** The version the app uses: the one every rule checks. */
    public ModelVersion version() {
        return model.current();
    }

    public List<CheckedConfiguration> checkedConfigurations() {
        return checked;
    }

    /**
     * Whether the app shares records with other users: a checked configuration syncs to the shared database, or
     * {@code .cdlint.yml} says {@code sharing: true} (sharing starts from the private database, where nothing in
     * the model says so).
     */
    public boolean sharing() {
        return sharing;
    }

    public <T> T option(RuleOption<T> option) {
        return settings.option(option);
    }

    public Severity severity() {
        return settings.severity();
    }

    /** Reports at an entity, for a problem with the entity itself. */
    public void report(Entity entity, String message) {
        report(entity.location(), entity.name(), null, message);
    }

    /** Reports at a property, named as {@code Entity.property}: the entity must be the one that declares it. */
    public void report(Entity entity, Property property, String message) {
        report(property.location(), entity.name(), property.name(), message);
    }

    public void report(SourceLocation location, String entity, String property, String message) {
        emit(new Finding(ruleId, settings.severity(), message, location, entity, property, configurationName(),
                null, null));
    }

    /** Reports with the severity given, for rules whose severity depends on a threshold. */
    public void report(SourceLocation location, String entity, String property, Severity severity, String message) {
        emit(new Finding(ruleId, severity, message, location, entity, property, configurationName(), null, null));
    }

    void emit(Finding finding) {
        sink.accept(finding);
    }

    String ruleId() {
        return ruleId;
    }

    RuleSettings settings() {
        return settings;
    }

    Consumer<Finding> sink() {
        return sink;
    }

    String configurationName() {
        return null;
    }
}
