import Foundation
import SwiftData

@Model
final class Note {
    var title: String

    init(title: String) {
        self.title = title
    }
}
