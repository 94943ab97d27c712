/// One learner of a class: the folder their work was collected into and, from the roster,
/// their id and name (empty when there is no roster or they are not on it).
public struct Learner: Sendable, Hashable, Codable {
    /// The learner's folder name inside the submissions folder (`alice`).
    public var folder: String
    /// The id the roster gives (a student number), or "".
    public var id: String
    /// The name the roster gives, or "".
    public var name: String

    /// Creates a learner.
    public init(folder: String, id: String = "", name: String = "") {
        self.folder = folder
        self.id = id
        self.name = name
    }

    /// Folders sort by their UTF-8 bytes, so every machine orders a class the same way
    /// (String's `<` would too, but bytes say so without asking Unicode).
    static func byFolder(_ a: Learner, _ b: Learner) -> Bool {
        a.folder.utf8.lexicographicallyPrecedes(b.folder.utf8)
    }
}
