extension Array {
    /// The array with `transform` applied to its elements (those `isIncluded` admits), or
    /// nil when it changes none of them: `transform` returns nil for an element it leaves
    /// as it is. The array is copied once, at the first change, so an unchanged one is
    /// never copied and a tree shared with another document is copied only along the
    /// paths to what changed.
    ///
    /// ```swift
    /// ["a", "B"].changed { $0 == $0.lowercased() ? nil : $0.lowercased() }   // ["a", "b"]
    /// ```
    // Inlinable, so the passes of other modules get it specialised for their elements.
    @inlinable
    package func changed(where isIncluded: (Element) -> Bool = { _ in true },
                         _ transform: (Element) -> Element?) -> [Element]? {
        var result: [Element]?
        for index in indices where isIncluded(self[index]) {
            guard let replacement = transform(self[index]) else { continue }
            if result == nil { result = self }
            result![index] = replacement
        }
        return result
    }
}
