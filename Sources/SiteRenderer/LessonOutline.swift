import CourseModel
import Markdown

/// The headings of one lesson with their ids, computed before any page is rendered so that
/// links into another lesson's sections can be checked.
struct LessonOutline: Sendable {
    /// One heading of the lesson body.
    struct Heading: Sendable, Hashable {
        let level: Int
        /// The words, markup dropped (math as its TeX): what the id is made from.
        let text: String
        let id: String
        /// The heading's rendered inline HTML (math as MathML), once the body is rendered;
        /// nil when it holds a link, which may not sit inside the contents' own links.
        var html: String? = nil
    }

    /// The body's headings in order.
    let headings: [Heading]
    /// Every id a `#fragment` may name on the lesson's page.
    let ids: Set<String>

    init(document: MarkdownDocument, exerciseNames: [String] = []) {
        let exerciseIDs = Set(exerciseNames.map(Self.exerciseID))
        var slugger = HeadingSlugger(reserved: Self.pageIDs.union(exerciseIDs))
        var headings: [Heading] = []
        for block in document.root.children {
            guard case .heading(let level) = block.kind else { continue }
            let text = block.plainText
            headings.append(Heading(level: level, text: text, id: slugger.id(for: text)))
        }
        self.headings = headings
        self.ids = Set(headings.map(\.id)).union(Self.pageIDs).union(exerciseIDs)
    }

    /// The outline of a lesson whose headings are known already (from the build cache).
    init(headings: [Heading], exerciseNames: [String]) {
        let exerciseIDs = Set(exerciseNames.map(Self.exerciseID))
        self.headings = headings
        self.ids = Set(headings.map(\.id)).union(Self.pageIDs).union(exerciseIDs)
    }

    /// The id of an exercise's section on its lesson's page.
    static func exerciseID(_ name: String) -> String { "exercise-" + name }

    /// Ids the page template itself provides (DefaultTheme's main, objectives and search).
    static let pageIDs: Set<String> = ["main", "objectives", "search-input", "search-results"]
}
