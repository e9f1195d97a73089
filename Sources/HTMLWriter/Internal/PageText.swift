import Mustache

// A text the page frame shows (`{{titel}}`, `{{rubrik}}`, each of `{{#organisationer}}`),
// rendered, escaped and transformed as swift-mustache renders a String, at fewer of the
// runtime's protocol casts (each costs about 110 ns on this machine, as much as copying a
// kilobyte): a String goes through `MustacheCustomRenderable`, `AnyOptional` and
// `String(describing:)` before it is escaped, this through the first alone; and a
// String as a section's object (`{{#period}}…{{/period}}`) is looked into with
// `Mirror` for every name inside, this answers as a `MustacheParent` with no children,
// as a String's mirror has none.
//
// ```swift
// let period = PageText("2020–2022")   // {{period}} → 2020–2022; {{uppercased(period)}} as for a String
// ```
struct PageText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Comparable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }
    var isNull: Bool { false }

    func child(named: String) -> Any? { nil }

    /// swift-mustache's transforms of a String: `empty`, `uppercased`, `reversed` …
    func transform(_ name: String) -> Any? { text.transform(name) }

    /// For `sorted(organisationer)`, which sorts a list of Strings.
    static func < (left: PageText, right: PageText) -> Bool { left.text < right.text }
}
