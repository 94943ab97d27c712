import CourseModel
import Markdown

/// The headings of one lesson with their ids, computed before any page is rendered so that
/// links into another lesson's sections can be checked.
struct LessonOutline: Sendable {
    /// One heading of the lesson body.
    struct Heading: Sendable, Hashable {
        let level: Int
        let text: String
        let id: String
    }

    /// The body's headings in order.
    let headings: [Heading]
    /// Every id a `#fragment` may name on the lesson's page.
    let ids: Set<String>

    init(document: MarkdownDocument, exerciseNames: [String] = []) {
        var slugger = HeadingSlugger()
        var headings: [Heading] = []
        for block in document.root.children {
            guard case .heading(let level) = block.kind else { continue }
            let text = block.plainText
            headings.append(Heading(level: level, text: text, id: slugger.id(for: text)))
        }
        self.headings = headings
        self.ids = Set(headings.map(\.id)).union(Self.pageIDs).union(exerciseNames.map(Self.exerciseID))
    }

    /// The id of an exercise's section on its lesson's page.
    static func exerciseID(_ name: String) -> String { "exercise-" + name }

    /// Ids the page template itself provides.
    static let pageIDs: Set<String> = ["main", "objectives"]
}
