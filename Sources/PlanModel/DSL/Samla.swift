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
    public static func buildBlock(_ delar: [Element]...) -> [Element] { delar.flatMap { $0 } }
    public static func buildOptional(_ delar: [Element]?) -> [Element] { delar ?? [] }
    public static func buildEither(first delar: [Element]) -> [Element] { delar }
    public static func buildEither(second delar: [Element]) -> [Element] { delar }
    public static func buildArray(_ delar: [[Element]]) -> [Element] { delar.flatMap { $0 } }
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
