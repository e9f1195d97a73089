import CacheFiles
import DocumentModel
import Foundation
import Synchronization
import Yams

/// The fixed words of the layouts, read from `templates/labels.sv.yaml`, which
/// communication staff edit.
///
/// ```swift
/// let labels = try Labels(yaml: text, file: "templates/labels.sv.yaml")
/// labels.text(.developmentNeedsHeading)                 // "Utvecklingsbehov inom målområdet"
/// labels.text(.revisionMark, ["år": "2022"])           // "Reviderat 2022"
/// ```
///
/// Loading checks the file completely: a YAML syntax error, an unknown key, a missing
/// key or an unknown `{placeholder}` is a `TemplateError` with file, line and column.
public struct Labels: Sendable {
    private let texts: [LabelKey: String]
    private let usage: LabelUsage?

    /// Parses and checks a label file; what a file read without an error gives is kept in
    /// the user's cache folder for the next run with the same text (`LabelCache`).
    public init(yaml: String, file: String) throws(TemplateError) {
        try self.init(yaml: yaml, file: file, cacheFolder: CacheFolder.user?.folder)
    }

    /// Parses and checks a label file, kept in and taken from `cacheFolder` (none: nil).
    package init(yaml: String, file: String, cacheFolder: URL?) throws(TemplateError) {
        let cache = cacheFolder.map(LabelCache.init)
        let key = cache == nil ? nil : LabelCache.key(of: yaml)
        let texts: [LabelKey: String]
        if let cache, let key, let kept = cache.texts(for: file, key: key) {
            texts = kept
        } else {
            texts = try LabelFile.parse(yaml: yaml, file: file)
            if let cache, let key { cache.save(texts, for: file, key: key) }
        }
        self.init(texts: texts, usage: nil)
    }

    /// These labels with the entries of a partial label file, such as an organisation's
    /// own `templates/<id>/labels.sv.yaml`, in place of theirs; checked as a whole file is,
    /// except that entries it leaves out keep their text.
    ///
    /// ```swift
    /// let own = try shared.overridden(by: "omslag:\n  faststalld: \"Beslutad av {av} {datum}\"\n",
    ///                                 file: "templates/tanum/labels.sv.yaml")
    /// ```
    public func overridden(by yaml: String, file: String) throws(TemplateError) -> Labels {
        Labels(texts: texts.merging(try LabelFile.parse(yaml: yaml, file: file, partial: true)) { _, own in own }, usage: usage)
    }

    private init(texts: [LabelKey: String], usage: LabelUsage?) {
        self.texts = texts
        self.usage = usage
    }

    /// The same labels, noting every key the layouts ask for in `usage`.
    public func recording(into usage: LabelUsage) -> Labels { Labels(texts: texts, usage: usage) }

    /// The label's text with `{placeholders}` filled in.
    public func text(_ key: LabelKey, _ values: [String: String] = [:]) -> String {
        usage?.note(key)
        // Every key is present: loading rejects a file that lacks one.
        let template = texts[key] ?? ""
        guard !values.isEmpty else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

/// Which labels were asked for, to show that every label in the file is used.
public final class LabelUsage: Sendable {
    private let keys = Mutex<Set<LabelKey>>([])

    public init() {}

    func note(_ key: LabelKey) { keys.withLock { _ = $0.insert(key) } }

    /// The keys asked for so far.
    public var used: Set<LabelKey> { keys.withLock { $0 } }
}

extension Labels {
    /// The label as inlines, with each `{placeholder}` replaced by the given inlines, so
    /// a filled-in value can keep its formatting (a date in bold, say).
    public func inlines(_ key: LabelKey, _ values: [String: [Inline]]) -> [Inline] {
        usage?.note(key)
        let template = texts[key] ?? ""
        var result: [Inline] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { result.append(.text(String(rest[..<open]))) }
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? [.text(String(rest[open...close]))]
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { result.append(.text(String(rest))) }
        return result
    }
}
