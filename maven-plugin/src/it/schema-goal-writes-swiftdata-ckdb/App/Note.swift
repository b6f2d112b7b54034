import SwiftData

@Model
final class Note {
    var title: String = ""
    var folder: Folder?
}

@Model
final class Folder {
    @Relationship(inverse: \Note.folder) var notes: [Note]? = []
}

@Model
final class Cache {
    var key: String = ""
}

enum Store {
    static let synced = try! ModelContainer(for: Note.self,
        configurations: ModelConfiguration(schema: Schema([Note.self]), cloudKitDatabase: .automatic))
    static let local = try! ModelContainer(for: Cache.self,
        configurations: ModelConfiguration(schema: Schema([Cache.self]), cloudKitDatabase: .none))
}
