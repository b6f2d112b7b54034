import SwiftData

enum Store {
    static let container = try! ModelContainer(
        for: Note.self,
        configurations: ModelConfiguration(cloudKitDatabase: .private("iCloud.com.example.notes"))
    )
}
