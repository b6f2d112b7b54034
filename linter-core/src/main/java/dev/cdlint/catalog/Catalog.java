package dev.cdlint.catalog;

import dev.cdlint.check.Check;
import dev.cdlint.diff.EncryptionMismatch;
import dev.cdlint.diff.FieldTypeMismatch;
import dev.cdlint.diff.MissingManyToManyRecordType;
import dev.cdlint.diff.OrphanedField;
import dev.cdlint.diff.PublicMissingGrant;
import dev.cdlint.diff.PublicMissingIndex;
import dev.cdlint.diff.UndeployedAssetField;
import dev.cdlint.diff.UndeployedField;
import dev.cdlint.diff.UndeployedMoveReceipt;
import dev.cdlint.diff.UndeployedRecordType;
import dev.cdlint.evolution.CardinalityChanged;
import dev.cdlint.evolution.DeployNeeded;
import dev.cdlint.evolution.ElementRemoved;
import dev.cdlint.evolution.EncryptionChanged;
import dev.cdlint.evolution.FieldTypeChanged;
import dev.cdlint.evolution.ModelMoved;
import dev.cdlint.evolution.ProbableRename;
import dev.cdlint.evolution.RecordTypeChanged;
import dev.cdlint.evolution.RenamedWithIdentifier;
import dev.cdlint.logs.kinds.DiagnosisKind;
import dev.cdlint.rules.AttributeMergeableStorage;
import dev.cdlint.rules.AttributeRequiredWithoutDefault;
import dev.cdlint.rules.AttributeUnsupportedType;
import dev.cdlint.rules.CloudKitNotEnabled;
import dev.cdlint.rules.DecimalPrecision;
import dev.cdlint.rules.EncryptionKeyMisuse;
import dev.cdlint.rules.IgnoredPropertyMisuse;
import dev.cdlint.rules.InheritedFieldTypeConflict;
import dev.cdlint.rules.ModelBundleIrregular;
import dev.cdlint.rules.ModelUnreadable;
import dev.cdlint.rules.NameUnsupportedCharacter;
import dev.cdlint.rules.OrderedRelationship;
import dev.cdlint.rules.PublicEncryptedAttribute;
import dev.cdlint.rules.PublicSoftDeleteAttribute;
import dev.cdlint.rules.RecordTypeFieldLimit;
import dev.cdlint.rules.RelationshipCrossConfiguration;
import dev.cdlint.rules.RelationshipDanglingDestination;
import dev.cdlint.rules.RelationshipDenyRule;
import dev.cdlint.rules.RelationshipInverseMismatch;
import dev.cdlint.rules.RelationshipMissingInverse;
import dev.cdlint.rules.RelationshipRequired;
import dev.cdlint.rules.ReservedPropertyName;
import dev.cdlint.rules.Rule;
import dev.cdlint.rules.SwiftDataContainerNotFound;
import dev.cdlint.rules.TransformableWithoutTransformer;
import dev.cdlint.rules.UniqueConstraint;
import dev.cdlint.rules.UnusedSuppression;
import dev.cdlint.rules.ValueTransformerNotFound;
import dev.cdlint.wiring.AppGroupMismatch;
import dev.cdlint.wiring.BackgroundModeMissing;
import dev.cdlint.wiring.CloudKitEntitlementMissing;
import dev.cdlint.wiring.ContainerIdMalformed;
import dev.cdlint.wiring.ContainerNotEntitled;
import dev.cdlint.wiring.EntitlementValueShape;
import dev.cdlint.wiring.EntitlementsConfigDivergence;
import dev.cdlint.wiring.EnvironmentDevelopmentInRelease;
import dev.cdlint.wiring.EnvironmentParity;
import dev.cdlint.wiring.ExportOptionsEnvironment;
import dev.cdlint.wiring.ExtensionMirrorsStore;
import dev.cdlint.wiring.InfoPlistKeyIgnored;
import dev.cdlint.wiring.PlatformsSplitContainers;
import dev.cdlint.wiring.ProjectUnreadable;
import dev.cdlint.wiring.PushEntitlementMissing;
import dev.cdlint.wiring.PushKeyWrongPlatform;
import dev.cdlint.wiring.SigningDisabledArchive;
import dev.cdlint.wiring.SwiftDataAutomaticCloudKit;
import dev.cdlint.wiring.TargetUnresolved;
import dev.cdlint.wiring.WiringRule;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every check cdlint has, of every family, each built once per process: the one list a new check is added to.
 * {@code cdlint rules}, {@code cdlint explain}, {@code docs/rules.md}, SARIF and JUnit read it, the engine runs
 * its rules, and a test fails when a class carrying {@link dev.cdlint.check.RuleInfo} is missing from it.
 */
public final class Catalog {

    private static final Map<Family, List<? extends Check>> FAMILIES = families();

    private static final List<Check> ALL = FAMILIES.values().stream().<Check>flatMap(List::stream)
            .sorted(Comparator.comparing(Check::id)).toList();

    private static final Map<String, Check> BY_ID = byId();

    private static final Map<String, Family> FAMILY_BY_ID = familyById();

    private static final List<Rule> RULES = ALL.stream().filter(Rule.class::isInstance).map(Rule.class::cast)
            .toList();

    private Catalog() {}

    private static Map<Family, List<? extends Check>> families() {
        Map<Family, List<? extends Check>> families = new EnumMap<>(Family.class);
        families.put(Family.MODEL, List.of(
                new UniqueConstraint(),
                new OrderedRelationship(),
                new AttributeRequiredWithoutDefault(),
                new RelationshipRequired(),
                new RelationshipMissingInverse(),
                new RelationshipInverseMismatch(),
                new RelationshipDanglingDestination(),
                new RelationshipDenyRule(),
                new RelationshipCrossConfiguration(),
                new AttributeUnsupportedType(),
                new RecordTypeFieldLimit(),
                new InheritedFieldTypeConflict(),
                new ReservedPropertyName(),
                new NameUnsupportedCharacter(),
                new PublicSoftDeleteAttribute(),
                new PublicEncryptedAttribute(),
                new IgnoredPropertyMisuse(),
                new EncryptionKeyMisuse(),
                new AttributeMergeableStorage(),
                new ValueTransformerNotFound(),
                new TransformableWithoutTransformer(),
                new DecimalPrecision(),
                new CloudKitNotEnabled(),
                new ModelBundleIrregular(),
                new ModelUnreadable(),
                new SwiftDataContainerNotFound(),
                new UnusedSuppression()));
        families.put(Family.SCHEMA, List.of(
                new UndeployedRecordType(),
                new UndeployedField(),
                new FieldTypeMismatch(),
                new EncryptionMismatch(),
                new UndeployedAssetField(),
                new UndeployedMoveReceipt(),
                new MissingManyToManyRecordType(),
                new PublicMissingIndex(),
                new PublicMissingGrant(),
                new OrphanedField()));
        families.put(Family.EVOLUTION, List.of(
                new FieldTypeChanged(),
                new EncryptionChanged(),
                new RecordTypeChanged(),
                new CardinalityChanged(),
                new RenamedWithIdentifier(),
                new ProbableRename(),
                new ElementRemoved(),
                new DeployNeeded(),
                new ModelMoved()));
        families.put(Family.WIRING, List.of(
                new CloudKitEntitlementMissing(),
                new ContainerNotEntitled(),
                new ContainerIdMalformed(),
                new PushEntitlementMissing(),
                new PushKeyWrongPlatform(),
                new BackgroundModeMissing(),
                new InfoPlistKeyIgnored(),
                new EnvironmentDevelopmentInRelease(),
                new ExportOptionsEnvironment(),
                new EntitlementValueShape(),
                new AppGroupMismatch(),
                new ExtensionMirrorsStore(),
                new SwiftDataAutomaticCloudKit(),
                new SigningDisabledArchive(),
                new EnvironmentParity(),
                new EntitlementsConfigDivergence(),
                new PlatformsSplitContainers(),
                new ProjectUnreadable(),
                new TargetUnresolved()));
        families.put(Family.LOGS, List.of(DiagnosisKind.values()));
        return families;
    }

    private static Map<String, Check> byId() {
        Map<String, Check> byId = new LinkedHashMap<>();
        for (Check check : ALL) {
            if (byId.putIfAbsent(check.id(), check) != null) {
                throw new IllegalStateException("two checks have the id " + check.id());
            }
        }
        return Map.copyOf(byId);
    }

    private static Map<String, Family> familyById() {
        Map<String, Family> familyById = new LinkedHashMap<>();
        FAMILIES.forEach((family, checks) -> checks.forEach(check -> familyById.put(check.id(), family)));
        return Map.copyOf(familyById);
    }

    /** Every check of every family, sorted by id. */
    public static List<Check> all() {
        return ALL;
    }

    /** The checks of one family, sorted by id. */
    public static List<Check> of(Family family) {
        return ALL.stream().filter(check -> familyOf(check) == family).toList();
    }

    /** The rules {@code cdlint check} runs on an app repository, sorted by id. */
    public static List<WiringRule> wiringRules() {
        return ALL.stream().filter(WiringRule.class::isInstance).map(WiringRule.class::cast).toList();
    }

    /** The rules {@code cdlint check} runs on a model, sorted by id. */
    public static List<Rule> rules() {
        return RULES;
    }

    /** The rules of one family, sorted by id. */
    public static List<Rule> rules(Family family) {
        return RULES.stream().filter(rule -> familyOf(rule) == family).toList();
    }

    public static Optional<Check> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /**
     * A check {@code .cdlint.yml} may turn off or tune: any but a log diagnosis kind, which {@code cdlint logs}
     * reports as the log shows it.
     */
    public static Optional<Check> configurable(String id) {
        return byId(id).filter(check -> familyOf(check) != Family.LOGS);
    }

    public static Family familyOf(Check check) {
        return family(check).orElseThrow(() -> new IllegalArgumentException(check.id() + " is not in the catalog"));
    }

    /** The family of a check, or empty for one the catalog does not have (a test's own, say). */
    public static Optional<Family> family(Check check) {
        return Optional.ofNullable(FAMILY_BY_ID.get(check.id()));
    }
}
