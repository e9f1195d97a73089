import Foundation
import OOXML
import Synchronization

// The parts every document of a run takes unchanged from the reference document (the
// package relationships, font table, theme, images and the other carried parts; styles and
// settings per language, which they carry): serialised and deflated the first time a
// document needs them (or taken from an earlier run's, `DeflatedPartsCache`), then reused
// as the same bytes by every later document, on any thread.
// Likewise the cover, headers and footers prepared for filling (`Prepared`, also kept
// between runs).
// A part that gave warnings gives them again for each document it goes into.
final class ReferenceParts: Sendable {
    /// The parts that are the same for every document.
    struct Fixed: Sendable {
        let packageRelationships: ZipEntry
        let fontTable: ZipEntry
        let theme: ZipEntry
        /// The reference's parts other than headers and footers, in its order.
        let carried: [Carried]
        let warnings: [String]
    }

    struct Carried: Sendable {
        let entry: ZipEntry
        /// The part's own content type, or nil when its extension decides (`defaultType`).
        let contentType: String?
        let defaultType: String
        let relationships: ZipEntry?
    }

    /// The parts that carry the document's language.
    struct Localised: Sendable {
        let styles: ZipEntry
        let settings: ZipEntry
        let warnings: [String]
    }

    /// What every document fills in from the reference's cover, headers and footers.
    struct Prepared: Sendable {
        let cover: PreparedFill
        let headers: RunningHeaders.Templates
    }

    private let reference: ReferenceContent
    /// Where the deflated parts are kept between runs, when they are.
    private let cache: DeflatedPartsCache?
    private let preparedParts = Mutex<Prepared?>(nil)
    private let fixedParts = Mutex<Fixed?>(nil)
    private let localisedParts = Mutex<[String: Localised]>([:])

    init(_ reference: ReferenceContent, cache: DeflatedPartsCache? = nil) {
        self.reference = reference
        self.cache = cache
    }

    func prepared() -> Prepared {
        preparedParts.first {
            if let kept = cache?.prepared(for: reference) { return kept }
            let made = Prepared(cover: PreparedFill(reference.cover.map(Node.element)), headers: RunningHeaders.Templates(reference: reference))
            cache?.save(made)
            return made
        }
    }

    func fixed() throws(WriteFailure) -> Fixed {
        try fixedParts.first { () throws(WriteFailure) in
            if let kept = cache?.fixed(for: reference) { kept } else { try makeFixed() }
        }
    }

    private func makeFixed() throws(WriteFailure) -> Fixed {
        let diagnostics = Diagnostics()
        let builder = PackageBuilder(diagnostics: diagnostics)
        var carried: [Carried] = []
        for part in reference.parts where !part.isHeaderOrFooter {
            let entry = switch part.content {
            case .xml(let xml): try builder.entry(part.name, xml)
            case .binary(let data): try ZipEntry(part.name, data, deflater: builder.deflater)
            }
            carried.append(Carried(entry: entry, contentType: part.contentType, defaultType: part.defaultType,
                                   relationships: try builder.relationshipsEntry(part.relationships, of: part.name)))
        }
        let made = Fixed(packageRelationships: try builder.entry("_rels/.rels", Relationship.part(DOCXPackage.packageRelationships)),
                         fontTable: try builder.entry("word/fontTable.xml", reference.fontTable ?? DefaultParts.fontTable),
                         theme: try builder.entry("word/theme/theme1.xml", reference.theme ?? DefaultParts.theme),
                         carried: carried, warnings: diagnostics.warnings)
        cache?.save(made)
        return made
    }

    func localised(_ language: String) throws(WriteFailure) -> Localised {
        try localisedParts.first({ $0[language] }, store: { $0[language] = $1 }) { () throws(WriteFailure) in
            if let kept = cache?.localised(language) { kept } else { try makeLocalised(language) }
        }
    }

    private func makeLocalised(_ language: String) throws(WriteFailure) -> Localised {
        let diagnostics = Diagnostics()
        let builder = PackageBuilder(diagnostics: diagnostics)
        let made = Localised(
            styles: try builder.entry("word/styles.xml", reference.styles.part(language: language)),
            settings: try builder.entry("word/settings.xml", SettingsPart.part(reference: reference.settings, language: language)),
            warnings: diagnostics.warnings)
        cache?.save(made, language: language)
        return made
    }
}

private extension Mutex {
    /// The value `read` finds, made by `make` outside the lock when there is none yet and
    /// stored with `store`. Two threads asking at once may both make it (the parts' bytes are
    /// the same); the first one stored is kept and given to both. (Closures rather than a key
    /// path: instantiating one with a subscript costs a search of the conformances.)
    func first<T: Sendable, Failure: Error>(_ read: @Sendable (Value) -> T?, store: @Sendable (inout Value, T) -> Void,
                                            _ make: () throws(Failure) -> T) throws(Failure) -> T {
        if let stored = withLock({ read($0) }) { return stored }
        let made = try make()
        return withLock { value in
            if let stored = read(value) { return stored }
            store(&value, made)
            return made
        }
    }

    /// The value stored, made by `make` when there is none yet (`first(_:store:_:)`).
    func first<T: Sendable, Failure: Error>(_ make: () throws(Failure) -> T) throws(Failure) -> T where Value == T? {
        try first({ $0 }, store: { $0 = $1 }, make)
    }
}
