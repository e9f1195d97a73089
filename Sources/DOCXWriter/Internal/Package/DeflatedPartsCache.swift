import CacheFiles
import Foundation
import OOXML

// Where the parts every document takes from a reference document, deflated (`ReferenceParts`:
// the fixed ones, and styles and settings per language), are kept between runs
// (`SourceFileCache`), so that a run with an unchanged reference places them in its archive
// without serialising and deflating them again; likewise the cover, headers and footers
// prepared for filling (`ReferenceParts.Prepared`), so that it does not compile them again.
// An entry is keyed on the reference's own key (its bytes and the program,
// `ReferenceCache.key`) and on zlib's version and the deflate settings (`Deflater.settings`),
// so that another zlib, which may deflate to other bytes, makes its own. One entry for the
// fixed parts, one for the prepared ones and one per language, each with the warnings making
// them gave. A truncated, altered, stale or foreign entry, or one that does not match the
// reference's parts, is ignored and replaced.
struct DeflatedPartsCache {
    let files: SourceFileCache
    /// The reference file as messages name it: what the entries are named for.
    let file: String
    let key: SourceFileCache.Key

    /// The cache in `folder` of the reference `file` whose key is `referenceKey`, for parts
    /// deflated with `settings` (zlib's version and the deflate settings).
    init(folder: URL, file: String, referenceKey: SourceFileCache.Key, settings: String = Deflater.settings) {
        files = SourceFileCache(folder: folder, prefix: "reference-parts-", suffix: ".zip1", magic: Self.magic)
        self.file = file
        var hash = ContentHash()
        hash.add(referenceKey.value)
        var settings = settings
        hash.add(settings.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) })
        hash.add(Self.magic)
        key = SourceFileCache.Key(program: referenceKey.program, value: hash.value)
    }

    /// "RNDZIP02", little-endian: the kind and format of the entries.
    private static let magic: UInt64 = 0x3230_5049_5A44_4E52

    /// The entry of the fixed parts: named for the file and "fixed"; a language's for the file
    /// and it (and, as every `SourceFileCache` entry, for the program).
    private func name(_ set: String) -> String { "\(file)#\(set)" }

    /// The fixed parts kept for `reference`, when there is a whole entry that matches its parts.
    func fixed(for reference: ReferenceContent) -> ReferenceParts.Fixed? {
        let carriedParts = reference.parts.filter { !$0.isHeaderOrFooter }
        return files.payload(for: name("fixed"), key: key) { bytes -> ReferenceParts.Fixed? in
            var decoder = CacheDecoder(bytes)
            let packageRelationships = Self.entry(&decoder)
            let fontTable = Self.entry(&decoder)
            let theme = Self.entry(&decoder)
            guard decoder.read() == carriedParts.count else { return nil }
            var carried: [ReferenceParts.Carried] = []
            for part in carriedParts {
                let entry = Self.entry(&decoder)
                let relationships = decoder.bool() ? Self.entry(&decoder) : nil
                guard entry.name == part.name, (relationships == nil) == part.relationships.isEmpty else { return nil }
                carried.append(ReferenceParts.Carried(entry: entry, contentType: part.contentType, defaultType: part.defaultType,
                                                      relationships: relationships))
            }
            let warnings = decoder.strings()
            guard !decoder.failed, decoder.isAtEnd, packageRelationships.name == "_rels/.rels",
                  fontTable.name == "word/fontTable.xml", theme.name == "word/theme/theme1.xml" else { return nil }
            return ReferenceParts.Fixed(packageRelationships: packageRelationships, fontTable: fontTable, theme: theme,
                                        carried: carried, warnings: warnings)
        }
    }

    /// Keeps `fixed`; failures are ignored.
    func save(_ fixed: ReferenceParts.Fixed) {
        var encoder = CacheEncoder()
        for entry in [fixed.packageRelationships, fixed.fontTable, fixed.theme] { Self.encode(entry, to: &encoder) }
        encoder.write(fixed.carried.count)
        for part in fixed.carried {
            Self.encode(part.entry, to: &encoder)
            encoder.write(part.relationships != nil)
            if let relationships = part.relationships { Self.encode(relationships, to: &encoder) }
        }
        encoder.write(fixed.warnings)
        files.save(encoder.bytes, for: name("fixed"), key: key)
    }

    /// The cover, headers and footers prepared for `reference`, when there is a whole entry
    /// that matches its header and footer parts.
    func prepared(for reference: ReferenceContent) -> ReferenceParts.Prepared? {
        files.payload(for: name("prepared"), key: key) { bytes -> ReferenceParts.Prepared? in
            var decoder = CacheDecoder(bytes)
            let cover = PreparedFill(decoding: &decoder)
            guard let headers = RunningHeaders.Templates(decoding: &decoder, reference: reference), !decoder.failed,
                  decoder.isAtEnd else { return nil }
            return ReferenceParts.Prepared(cover: cover, headers: headers)
        }
    }

    /// Keeps `prepared`; failures are ignored.
    func save(_ prepared: ReferenceParts.Prepared) {
        var encoder = CacheEncoder()
        prepared.cover.encode(to: &encoder)
        prepared.headers.encode(to: &encoder)
        files.save(encoder.bytes, for: name("prepared"), key: key)
    }

    /// The styles and settings kept for `language`, when there is a whole entry.
    func localised(_ language: String) -> ReferenceParts.Localised? {
        files.payload(for: name("lang-" + language), key: key) { bytes -> ReferenceParts.Localised? in
            var decoder = CacheDecoder(bytes)
            let styles = Self.entry(&decoder)
            let settings = Self.entry(&decoder)
            let warnings = decoder.strings()
            guard !decoder.failed, decoder.isAtEnd, styles.name == "word/styles.xml", settings.name == "word/settings.xml" else {
                return nil
            }
            return ReferenceParts.Localised(styles: styles, settings: settings, warnings: warnings)
        }
    }

    /// Keeps `localised` for `language`; failures are ignored.
    func save(_ localised: ReferenceParts.Localised, language: String) {
        var encoder = CacheEncoder()
        Self.encode(localised.styles, to: &encoder)
        Self.encode(localised.settings, to: &encoder)
        encoder.write(localised.warnings)
        files.save(encoder.bytes, for: name("lang-" + language), key: key)
    }

    // MARK: Encoding

    private static func encode(_ entry: ZipEntry, to encoder: inout CacheEncoder) {
        encoder.write(entry.name)
        encoder.write(Int(entry.crc))
        encoder.write(entry.size)
        encoder.write(entry.compressed)
    }

    private static func entry(_ decoder: inout CacheDecoder) -> ZipEntry {
        ZipEntry(name: decoder.string(), crc: UInt32(decoder.read(atMost: Int(UInt32.max))), size: decoder.read(atMost: Int(UInt32.max)),
                 compressed: decoder.data())
    }
}
