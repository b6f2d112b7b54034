package dev.cdlint.model.swift;

import dev.cdlint.model.Attribute;
import dev.cdlint.model.AttributeType;
import dev.cdlint.model.DeleteRule;
import dev.cdlint.model.Entity;
import dev.cdlint.model.FetchIndex;
import dev.cdlint.model.Relationship;
import dev.cdlint.model.UniquenessConstraint;
import dev.cdlint.swift.Expression;
import dev.cdlint.swift.MacroExpansion;
import dev.cdlint.swift.PropertyDeclaration;
import dev.cdlint.swift.SwiftAttribute;
import dev.cdlint.swift.SwiftSource;
import dev.cdlint.swift.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the entities of one schema version from its {@code @Model} classes, as SwiftData's macros describe them to
 * Core Data (docs/cloudkit.md#swiftdata):
 * <ul>
 *   <li>every stored instance property is persisted, with or without observers; computed and static properties,
 *       {@code @Transient} ones and {@code @Attribute(.ephemeral)} ones are not. A stored {@code let} and a
 *       {@code lazy var} are read as persisted: whether SwiftData stores them is not known, and checking them can
 *       only add a finding, never hide one;</li>
 *   <li>a property whose type is a model class, an optional one or a collection of one is a relationship;</li>
 *   <li>an initializer on the declaration is the attribute's default value; one assigned in {@code init} is not;</li>
 *   <li>an inverse exists where {@code inverse:} names it, on either side, which links both (Apple documents one
 *       side as enough). Without {@code inverse:} on either side the relationship has none: when SwiftData infers
 *       one is not documented, and mirrored stores have failed to load for want of it.</li>
 * </ul>
 * A {@code // cdlint.disable: rule-id} comment on the line above a class or property becomes the
 * {@code cdlint.disable} User Info entry an XML model would carry.
 */
final class EntityBuilder {

    static final String SUPPRESSION_KEY = "cdlint.disable";

    private final SwiftDataReader reader;
    private final List<SwiftDataReader.ModelClass> classes;

    EntityBuilder(SwiftDataReader reader, List<SwiftDataReader.ModelClass> classes) {
        this.reader = reader;
        this.classes = classes;
    }

    /** Whether SwiftData stores the property. */
    static boolean persisted(PropertyDeclaration property) {
        if (property.isStatic() || !property.isStored() || property.hasAttribute("Transient")) {
            return false;
        }
        return property.attribute("Attribute").map(a -> a.unlabelled().stream()
                .noneMatch(option -> option.text().equals(".ephemeral"))).orElse(true);
    }

    /** The type a relationship would point at: the property's type without optional or collection. */
    static Optional<String> relationshipTarget(PropertyDeclaration property) {
        String type = declaredOrInferred(property);
        if (type == null) {
            return Optional.empty();
        }
        String base = SwiftTypes.unwrapped(type);
        return Optional.of(SwiftTypes.element(base).map(SwiftTypes::unwrapped).orElse(base));
    }

    private static String declaredOrInferred(PropertyDeclaration property) {
        if (property.type() != null) {
            return property.type();
        }
        return property.initializer() == null ? null : SwiftTypes.inferred(property.initializer()).orElse(null);
    }

    List<Entity> entities() {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (SwiftDataReader.ModelClass modelClass : classes) {
            drafts.putIfAbsent(modelClass.name(), draft(modelClass));
        }
        linkInverses(drafts);
        return drafts.values().stream().map(Draft::entity).toList();
    }

    /** An entity whose relationships may still gain the inverse their destination names. */
    private static final class Draft {
        final SwiftDataReader.ModelClass modelClass;
        String parent;
        final List<Attribute> attributes = new ArrayList<>();
        final List<Relationship> relationships = new ArrayList<>();
        final List<UniquenessConstraint> constraints = new ArrayList<>();
        final List<FetchIndex> indexes = new ArrayList<>();
        Map<String, String> userInfo = Map.of();

        Draft(SwiftDataReader.ModelClass modelClass) {
            this.modelClass = modelClass;
        }

        Entity entity() {
            return new Entity(modelClass.name(), parent, false, attributes, relationships, List.of(), constraints,
                    indexes, userInfo, null, modelClass.declaration().location());
        }
    }

    private Draft draft(SwiftDataReader.ModelClass modelClass) {
        Draft draft = new Draft(modelClass);
        SwiftSource source = modelClass.file().source();
        draft.userInfo = suppression(source, modelClass.declaration().line());
        draft.parent = modelClass.declaration().inherited().stream().findFirst()
                .flatMap(superclass -> resolve(superclass, modelClass))
                .map(SwiftDataReader.ModelClass::name).orElse(null);
        Set<String> seen = new HashSet<>();
        for (PropertyDeclaration property : modelClass.declaration().members().properties()) {
            if (!persisted(property) || !seen.add(property.name())) {
                continue;
            }
            Map<String, String> userInfo = suppression(source, property.line());
            Optional<SwiftAttribute> attribute = property.attribute("Attribute");
            List<String> options = attribute.map(a -> a.unlabelled().stream().map(Expression::text).toList())
                    .orElse(List.of());
            Optional<SwiftDataReader.ModelClass> destination = relationshipTarget(property)
                    .flatMap(t -> resolve(t, modelClass));
            if (destination.isPresent() || property.hasAttribute("Relationship")) {
                draft.relationships.add(relationship(property, modelClass, destination, userInfo));
                property.attribute("Relationship").ifPresent(r -> {
                    if (r.unlabelled().stream().anyMatch(o -> o.text().equals(".unique"))) {
                        draft.constraints.add(new UniquenessConstraint(List.of(property.name()), property.location()));
                    }
                });
                continue;
            }
            draft.attributes.add(attribute(property, attribute, options, userInfo));
            if (options.contains(".unique")) {
                draft.constraints.add(new UniquenessConstraint(List.of(property.name()), property.location()));
            }
        }
        int indexNumber = 0;
        for (MacroExpansion macro : modelClass.declaration().members().macros()) {
            if (macro.name().equals("Unique")) {
                for (var argument : macro.arguments()) {
                    draft.constraints.add(new UniquenessConstraint(keyPaths(argument.value()), macro.location()));
                }
            } else if (macro.name().equals("Index")) {
                for (var argument : macro.arguments()) {
                    draft.indexes.add(new FetchIndex("Index" + ++indexNumber, keyPaths(argument.value()),
                            macro.location()));
                }
            }
        }
        return draft;
    }

    private Optional<SwiftDataReader.ModelClass> resolve(String type, SwiftDataReader.ModelClass from) {
        return reader.resolve(new TypeReference(type, SwiftDataReader.contextOf(from)));
    }

    private Attribute attribute(PropertyDeclaration property, Optional<SwiftAttribute> attribute, List<String> options,
            Map<String, String> userInfo) {
        String type = declaredOrInferred(property);
        boolean optional = type != null && SwiftTypes.isOptional(type);
        AttributeType attributeType = type == null ? AttributeType.BINARY : SwiftTypes.attributeType(SwiftTypes.unwrapped(type));
        String transformer = null;
        for (Expression option : attribute.map(SwiftAttribute::unlabelled).orElse(List.of())) {
            Optional<dev.cdlint.swift.Call> call = option.asCall();
            if (call.isPresent() && call.get().name().equals("transformable")) {
                attributeType = AttributeType.TRANSFORMABLE;
                Expression by = call.get().argument("by").orElse(null);
                transformer = by == null ? null : by.stringLiteral()
                        .orElseGet(() -> by.metatypes().stream().findFirst().orElse(by.text()));
            }
        }
        String defaultValue = property.initializer() == null || property.initializer().text().equals("nil") ? null
                : property.initializer().text();
        String renaming = attribute.flatMap(a -> a.argument("originalName")).flatMap(Expression::stringLiteral)
                .orElse(null);
        return new Attribute(property.name(), attributeType, attributeType.xmlName(), optional, false, false,
                defaultValue, options.contains(".externalStorage"), options.contains(".allowsCloudEncryption"), false,
                transformer, null, userInfo, renaming, property.location());
    }

    private Relationship relationship(PropertyDeclaration property, SwiftDataReader.ModelClass owner,
            Optional<SwiftDataReader.ModelClass> destination, Map<String, String> userInfo) {
        String type = declaredOrInferred(property);
        String base = type == null ? "" : SwiftTypes.unwrapped(type);
        boolean toMany = SwiftTypes.element(base).isPresent();
        boolean optional = type != null && SwiftTypes.isOptional(type);
        Optional<SwiftAttribute> macro = property.attribute("Relationship");
        DeleteRule deleteRule = macro.flatMap(r -> r.argument("deleteRule")).flatMap(Expression::memberName)
                .map(EntityBuilder::deleteRule).orElse(DeleteRule.NULLIFY);
        String inverseName = null;
        String inverseEntity = null;
        Optional<Expression> inverse = macro.flatMap(r -> r.argument("inverse"));
        if (inverse.isPresent()) {
            List<String> path = keyPath(inverse.get());
            if (!path.isEmpty()) {
                inverseName = path.get(path.size() - 1);
                inverseEntity = path.size() > 1
                        ? resolve(String.join(".", path.subList(0, path.size() - 1)), owner)
                                .map(SwiftDataReader.ModelClass::name).orElse(path.get(path.size() - 2))
                        : destination.map(SwiftDataReader.ModelClass::name).orElse(null);
            }
        }
        int minimum = macro.flatMap(r -> r.argument("minimumModelCount")).map(EntityBuilder::integer).orElse(0);
        int maximum = macro.flatMap(r -> r.argument("maximumModelCount")).map(EntityBuilder::integer)
                .orElse(toMany ? 0 : 1);
        String renaming = macro.flatMap(r -> r.argument("originalName")).flatMap(Expression::stringLiteral).orElse(null);
        String destinationName = destination.map(SwiftDataReader.ModelClass::name)
                .orElse(SwiftTypes.element(base).map(SwiftTypes::unwrapped).orElse(base));
        return new Relationship(property.name(), destinationName, inverseName, inverseEntity, toMany, false, optional,
                false, minimum, maximum, deleteRule, deleteRule.xmlName(), userInfo, renaming, property.location());
    }

    /** Gives each relationship that another names as its inverse that other as its own inverse. */
    private static void linkInverses(Map<String, Draft> drafts) {
        Map<String, String[]> named = new HashMap<>();
        for (Draft draft : drafts.values()) {
            for (Relationship relationship : draft.relationships) {
                if (relationship.hasInverse()) {
                    String target = relationship.inverseEntity() != null ? relationship.inverseEntity()
                            : relationship.destinationEntity();
                    named.putIfAbsent(target + "." + relationship.inverseName(),
                            new String[] {draft.modelClass.name(), relationship.name()});
                }
            }
        }
        for (Draft draft : drafts.values()) {
            draft.relationships.replaceAll(r -> {
                String[] back = named.get(draft.modelClass.name() + "." + r.name());
                if (r.hasInverse() || back == null) {
                    return r;
                }
                return new Relationship(r.name(), r.destinationEntity(), back[1], back[0], r.toMany(), r.ordered(),
                        r.optional(), r.isTransient(), r.minCount(), r.maxCount(), r.deleteRule(), r.deleteRuleName(),
                        r.userInfo(), r.renamingIdentifier(), r.location());
            });
        }
    }

    private static DeleteRule deleteRule(String member) {
        return switch (member) {
            case "cascade" -> DeleteRule.CASCADE;
            case "nullify" -> DeleteRule.NULLIFY;
            case "noAction" -> DeleteRule.NO_ACTION;
            case "deny" -> DeleteRule.DENY;
            default -> DeleteRule.UNKNOWN;
        };
    }

    private static int integer(Expression expression) {
        try {
            return Integer.parseInt(expression.text().replace("_", ""));
        } catch (NumberFormatException notALiteral) {
            return 0;
        }
    }

    /** {@code \Type.a.b} as {@code [Type, a, b]}, {@code \.a} as {@code [a]}. */
    private static List<String> keyPath(Expression expression) {
        List<String> names = new ArrayList<>();
        if (expression.token(0) == null || !expression.token(0).isPunctuation('\\')) {
            return names;
        }
        for (int k = 1; k < expression.size(); k++) {
            Token token = expression.token(k);
            if (token.kind() == Token.Kind.IDENTIFIER) {
                names.add(token.text());
            } else if (!token.isPunctuation('.') && !token.isPunctuation('?') && !token.isPunctuation('!')) {
                break;
            }
        }
        return names;
    }

    /** The first property of each key path in an array literal: {@code [\.a, \.b]} gives {@code [a, b]}. */
    private static List<String> keyPaths(Expression array) {
        List<String> properties = new ArrayList<>();
        for (Expression element : array.arrayElements().orElse(List.of(array))) {
            List<String> path = keyPath(element);
            if (!path.isEmpty()) {
                boolean typed = Character.isUpperCase(path.get(0).codePointAt(0)) && path.size() > 1;
                properties.add(path.get(typed ? 1 : 0));
            }
        }
        return properties;
    }

    /**
     * A {@code // cdlint.disable: rule-id, …} comment in the line comments right above a declaration (doc comments
     * may sit around it), as the User Info entry XML models use.
     */
    static Map<String, String> suppression(SwiftSource source, int line) {
        for (int above = line - 1; above > 0; above--) {
            Optional<String> comment = source.lineComment(above);
            if (comment.isEmpty()) {
                break;
            }
            for (String text : comment.get().split("\n")) {
                String trimmed = text.strip();
                if (trimmed.startsWith(SUPPRESSION_KEY)) {
                    String rest = trimmed.substring(SUPPRESSION_KEY.length()).strip();
                    if (rest.startsWith(":")) {
                        return Map.of(SUPPRESSION_KEY, rest.substring(1).strip());
                    }
                }
            }
        }
        return Map.of();
    }
}
