/// Adds the spacing TeX puts between atoms where MathML's operator dictionary does not.
///
/// Two gaps remain after the dictionary has spaced every `<mo>`:
/// - Operator names are `<mi>` elements, which MathML never spaces, but TeX puts a thin space
///   between `\sin` and its argument (and between `2` and `\sin`).
/// - A `-` after `=`, `(` or another operator is a sign, not a subtraction. MathML only
///   guesses that at the start of an `<mrow>`, so elsewhere it needs `form="prefix"`.
enum AtomSpacing {
    static let thinSpace = 0.1667

    /// - Parameters:
    ///   - items: The atoms of one list, in order.
    ///   - precedingClass: The class of the atom just before the list inside the same `<mrow>`,
    ///     such as the opening fence of `\left(`; `nil` when the list starts the `<mrow>`.
    static func apply(to items: [MathNode], precedingClass: AtomClass?) -> [MathNode] {
        let signed = markingUnarySigns(in: items, precedingClass: precedingClass)
        var spaced: [MathNode] = []
        spaced.reserveCapacity(signed.count)
        for item in signed {
            if let previous = spaced.last, needsThinSpace(between: previous.atomClass, and: item.atomClass) {
                spaced.append(.space(em: thinSpace))
            }
            spaced.append(item)
        }
        return spaced
    }

    private static func markingUnarySigns(in items: [MathNode], precedingClass: AtomClass?) -> [MathNode] {
        var items = items
        var previous = precedingClass
        var isFirstInRow = precedingClass == nil
        for index in items.indices {
            let atomClass = items[index].atomClass
            if atomClass == .spacing { continue }
            if atomClass == .binary, isFirstInRow || previous.map(makesNextSignUnary) == true {
                // At the start of an <mrow>, MathML already infers the prefix form.
                if !isFirstInRow, items[index].isOperator {
                    items[index].attributes["form"] = "prefix"
                }
                items[index].atomClass = .ordinary
            }
            previous = items[index].atomClass
            isFirstInRow = false
        }
        return items
    }

    private static func makesNextSignUnary(_ atomClass: AtomClass) -> Bool {
        switch atomClass {
        case .binary, .relation, .opening, .punctuation, .largeOperator, .operatorName: true
        default: false
        }
    }

    /// TeX's spacing table restricted to operator names: thin space between Op and Ord/Op/Inner,
    /// and between Ord/Close/Inner and Op.
    private static func needsThinSpace(between left: AtomClass, and right: AtomClass) -> Bool {
        switch (left, right) {
        case (.operatorName, .ordinary), (.operatorName, .operatorName), (.operatorName, .inner):
            true
        case (.ordinary, .operatorName), (.closing, .operatorName), (.inner, .operatorName):
            true
        default:
            false
        }
    }
}
