/// The result builder behind every block of the DSL: it collects the elements written
/// in braces, with `if`, `if`/`else` and `for` allowed between them.
///
/// You rarely name it; DSL initialisers use it for their trailing closures:
///
/// ```swift
/// let punkter = Punktlista {
///     "Stödsamtal"
///     if visaGrupper { "Gruppverksamhet" }
/// }
/// ```
@resultBuilder
public enum Samla<Element> {
    public static func buildExpression(_ element: Element) -> [Element] { [element] }
    public static func buildExpression(_ elements: [Element]) -> [Element] { elements }
    public static func buildBlock(_ delar: [Element]...) -> [Element] { joined(delar) }
    public static func buildOptional(_ delar: [Element]?) -> [Element] { delar ?? [] }
    public static func buildEither(first delar: [Element]) -> [Element] { delar }
    public static func buildEither(second delar: [Element]) -> [Element] { delar }
    public static func buildArray(_ delar: [[Element]]) -> [Element] { joined(delar) }

    // Loops over indices rather than `flatMap`: the plan files call the builder unspecialised,
    // and there `flatMap` asks the Swift runtime whether `[Element]` is a collection, once per
    // element type; each first question scans all of the program's conformance records (a
    // tenth of what a one-document run cost).
    private static func joined(_ delar: [[Element]]) -> [Element] {
        if delar.count == 1 { return delar[0] }
        var alla: [Element] = []
        for del in 0..<delar.count {
            for index in 0..<delar[del].count { alla.append(delar[del][index]) }
        }
        return alla
    }
}

extension Samla where Element == Textdel {
    public static func buildExpression(_ text: String) -> [Textdel] { [.text(text)] }
}

extension Samla where Element == Listpunkt {
    public static func buildExpression(_ text: String) -> [Listpunkt] { [Listpunkt(text: Löptext(text))] }
    public static func buildExpression(_ text: Löptext) -> [Listpunkt] { [Listpunkt(text: text)] }
}

extension Samla where Element == Löptext {
    public static func buildExpression(_ text: String) -> [Löptext] { [Löptext(text)] }
}
