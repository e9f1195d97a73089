import Foundation
import OOXML
import Synchronization

// The parts every document of a run takes unchanged from the reference document (the
// package relationships, font table, theme, images and the other carried parts; styles and
// settings per language, which they carry): serialised and deflated the first time a
// document needs them (or taken from an earlier run's, `DeflatedPartsCache`), then reused
// as the same bytes by every later document, on any thread.
// Likewise the cover, headers and footers prepared for filling (`Prepared`).
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

    // Two threads asking at once may both serialise the parts; the bytes are the same, and
    // the first one stored is kept.

    func prepared() -> Prepared {
        if let prepared = preparedParts.withLock({ $0 }) { return prepared }
        let made = Prepared(cover: PreparedFill(reference.cover.map(Node.element)), headers: RunningHeaders.Templates(reference: reference))
        return preparedParts.withLock { stored in
            if stored == nil { stored = made }
            return stored ?? made
        }
    }

    func fixed() throws(WriteFailure) -> Fixed {
        if let fixed = fixedParts.withLock({ $0 }) { return fixed }
        let made = if let kept = cache?.fixed(for: reference) { kept } else { try makeFixed() }
        return fixedParts.withLock { stored in
            if stored == nil { stored = made }
            return stored ?? made
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
        if let parts = localisedParts.withLock({ $0[language] }) { return parts }
        let made = if let kept = cache?.localised(language) { kept } else { try makeLocalised(language) }
        return localisedParts.withLock { stored in
            if stored[language] == nil { stored[language] = made }
            return stored[language] ?? made
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
