package dev.cdlint.model.swift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.model.AttributeType;
import dev.cdlint.swift.Expression;
import dev.cdlint.swift.SwiftSource;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SwiftTypesTest {

    private static Optional<String> inferred(String initializer) {
        SwiftSource source = SwiftSource.parse(Path.of("Item.swift"), initializer);
        return SwiftTypes.inferred(new Expression(source, 0, source.size()));
    }

    @Test
    void literalsGiveTheTypeSwiftInfersForThem() {
        assertThat(inferred("\"title\"")).contains("String");
        assertThat(inferred("42")).contains("Int");
        assertThat(inferred("0x1E")).contains("Int");
        assertThat(inferred("1.5")).contains("Double");
        assertThat(inferred("1e3")).contains("Double");
        assertThat(inferred("1E3")).contains("Double");
        assertThat(inferred("-7")).contains("Int");
        assertThat(inferred("-0.5")).contains("Double");
        assertThat(inferred("true")).contains("Bool");
        assertThat(inferred("false")).contains("Bool");
        assertThat(inferred("(false)")).contains("Bool");
    }

    @Test
    void aValueThatDoesNotNameItsTypeGivesNone() {
        assertThat(inferred("")).isEmpty();
        assertThat(inferred("nil")).isEmpty();
        assertThat(inferred(".now")).isEmpty();
        assertThat(inferred("-offset")).isEmpty();
        assertThat(inferred("- 1 + 2")).isEmpty();
        assertThat(inferred("[1, 2]")).isEmpty();
        assertThat(inferred("[]")).isEmpty();
        assertThat(inferred("makeDate()")).isEmpty();
        assertThat(inferred("@MainActor")).isEmpty();
    }

    @Test
    void anEmptyCollectionBuiltFromItsTypeGivesThatType() {
        assertThat(inferred("[Item]()")).contains("[Item]");
        assertThat(inferred("[String: Int]()")).contains("[String:Int]");
    }

    @Test
    void aTypesInitializerOrMemberGivesTheChainUpToItsLastCapitalisedName() {
        assertThat(inferred("UUID()")).contains("UUID");
        assertThat(inferred("Date.now")).contains("Date");
        assertThat(inferred("Date.init(timeIntervalSince1970: 0)")).contains("Date");
        assertThat(inferred("Foundation.Date()")).contains("Foundation.Date");
        assertThat(inferred("Mood.calm.rawValue")).contains("Mood");
        assertThat(inferred("Settings.Theme.dark")).contains("Settings.Theme");
        assertThat(inferred("Item")).isEmpty();
    }

    @Test
    void theOptionalMarkAndParenthesesAroundATypeAreRemoved() {
        assertThat(SwiftTypes.unwrapped("Item?")).isEqualTo("Item");
        assertThat(SwiftTypes.unwrapped("Item!")).isEqualTo("Item");
        assertThat(SwiftTypes.unwrapped("Optional<Item>")).isEqualTo("Item");
        assertThat(SwiftTypes.unwrapped("Optional<[Item]>?")).isEqualTo("[Item]");
        assertThat(SwiftTypes.unwrapped("(Item)?")).isEqualTo("Item");
        assertThat(SwiftTypes.unwrapped("Optional<Item")).isEqualTo("Optional<Item");
        assertThat(SwiftTypes.unwrapped("(Int, Int)?")).isEqualTo("(Int, Int)");
        assertThat(SwiftTypes.unwrapped("(() -> Void)?")).isEqualTo("(() -> Void)");
        assertThat(SwiftTypes.unwrapped("(Item")).isEqualTo("(Item");
    }

    @Test
    void optionalTypesAreThoseWithAMarkOrWrappedInOptional() {
        assertThat(SwiftTypes.isOptional("Item?")).isTrue();
        assertThat(SwiftTypes.isOptional("Item!")).isTrue();
        assertThat(SwiftTypes.isOptional("Optional<Item>")).isTrue();
        assertThat(SwiftTypes.isOptional("[Item?]")).isFalse();
    }

    @Test
    void theElementOfAnArrayOrSetIsWhatAToManyRelationshipHolds() {
        assertThat(SwiftTypes.element("[Item]")).contains("Item");
        assertThat(SwiftTypes.element("Array<Item>")).contains("Item");
        assertThat(SwiftTypes.element("Set<Item>")).contains("Item");
        assertThat(SwiftTypes.element("ContiguousArray<Item>")).contains("Item");
        assertThat(SwiftTypes.element("[String: Item]")).isEmpty();
        assertThat(SwiftTypes.element("[Item")).isEmpty();
        assertThat(SwiftTypes.element("Set<Item")).isEmpty();
        assertThat(SwiftTypes.element("Item")).isEmpty();
    }

    @Test
    void foundationTypesMapToTheirAttributeTypesAndEveryOtherValueIsEncoded() {
        assertThat(SwiftTypes.attributeType("String")).isEqualTo(AttributeType.STRING);
        assertThat(SwiftTypes.attributeType("Foundation.Date")).isEqualTo(AttributeType.DATE);
        assertThat(SwiftTypes.attributeType("Swift.Int32")).isEqualTo(AttributeType.INTEGER_32);
        assertThat(SwiftTypes.attributeType("UInt8")).isEqualTo(AttributeType.INTEGER_16);
        assertThat(SwiftTypes.attributeType("URL")).isEqualTo(AttributeType.URI);
        assertThat(SwiftTypes.attributeType("Mood")).isEqualTo(AttributeType.BINARY);
    }
}
