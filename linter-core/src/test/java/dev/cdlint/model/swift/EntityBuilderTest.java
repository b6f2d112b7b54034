package dev.cdlint.model.swift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cdlint.model.Entity;
import dev.cdlint.model.FetchIndex;
import dev.cdlint.model.Relationship;
import dev.cdlint.model.UniquenessConstraint;
import dev.cdlint.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityBuilderTest {

    @TempDir
    Path project;

    private Entity entity(String swift, String name) {
        TestFiles.write(project, "App/Models.swift", "import SwiftData\n" + swift);
        SwiftData data = SwiftDataReader.read(SwiftProject.read(SwiftFinder.find(project, p -> false)));
        assertThat(data.models()).hasSize(1);
        return data.models().get(0).model().current().entity(name).orElseThrow();
    }

    @Test
    void aModelSubclassHasTheModelItInheritsAsParent() {
        String swift = """
                @Model class Animal { var name: String = "" }
                @Model final class Dog: Animal, Codable { var breed: String = "" }
                """;

        assertThat(entity(swift, "Dog").parentEntity()).isEqualTo("Animal");
        assertThat(entity(swift, "Animal").parentEntity()).isNull();
    }

    @Test
    void onlyAUniqueRelationshipIsAUniquenessConstraint() {
        Entity item = entity("""
                @Model final class Tag { var name: String = "" }
                @Model final class Item {
                    @Relationship(.unique) var tag: Tag?
                    @Relationship(deleteRule: .cascade) var tags: [Tag] = []
                }
                """, "Item");

        assertThat(item.uniquenessConstraints()).extracting(UniquenessConstraint::properties)
                .containsExactly(List.of("tag"));
    }

    @Test
    void eachArgumentOfTheUniqueAndIndexMacrosIsOneConstraintOrIndexNamedInOrder() {
        Entity item = entity("""
                @Model final class Item {
                    #Unique<Item>([\\.URL], [\\Item.name, \\.date])
                    #Index<Item>([\\.name], [\\Item.name, \\Item.date])
                    var URL: String = ""
                    var name: String = ""
                    var date: Date = .now
                }
                """, "Item");

        assertThat(item.uniquenessConstraints()).extracting(UniquenessConstraint::properties)
                .containsExactly(List.of("URL"), List.of("name", "date"));
        assertThat(item.fetchIndexes()).extracting(FetchIndex::name, FetchIndex::properties).containsExactly(
                tuple("Index1", List.of("name")), tuple("Index2", List.of("name", "date")));
    }

    @Test
    void anInverseKeyPathNamesItsPropertyAndTheEntityItsTypeOrTheDestinationIs() {
        Entity library = entity("""
                @Model final class Book { var library: Library?; var shelf: Library? }
                @Model final class Library {
                    @Relationship(inverse: \\Missing.library) var books: [Book] = []
                    @Relationship(inverse: \\.shelf) var shelved: [Book] = []
                    @Relationship(originalName: "oldBooks") var renamed: [Book] = []
                }
                """, "Library");

        assertThat(library.relationships())
                .extracting(Relationship::name, Relationship::inverseEntity, Relationship::inverseName,
                        Relationship::renamingIdentifier)
                .containsExactly(tuple("books", "Missing", "library", null), tuple("shelved", "Book", "shelf", null),
                        tuple("renamed", null, null, "oldBooks"));
    }

    @Test
    void aRelationshipNamedAsTheInverseOfAnotherEntityGetsNoInverse() {
        String swift = """
                @Model final class Book { var library: Library?; var shelf: Library? }
                @Model final class Library {
                    @Relationship(inverse: \\Missing.library) var books: [Book] = []
                    @Relationship(inverse: \\.shelf) var shelved: [Book] = []
                }
                """;

        assertThat(entity(swift, "Book").relationships())
                .extracting(Relationship::name, Relationship::inverseEntity, Relationship::inverseName)
                .containsExactly(tuple("library", null, null), tuple("shelf", "Library", "shelved"));
    }
}
