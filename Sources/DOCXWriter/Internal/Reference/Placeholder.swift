import Foundation
import DocumentModel

// The `{{placeholders}}` a reference document's cover, headers and footers may hold, and
// what each is filled with. Names are matched without case and accents, so
// `{{Fastställd}}` and `{{faststalld}}` are the same.
enum Placeholder: String, CaseIterable, Sendable {
    case titel, undertitel, organisation, organisationer, period, faststalld, reviderad, omslagstext

    /// How the staff guide and error messages name it.
    var written: String { "{{\(rawValue)}}" }

    init?(name: String) {
        // Written as the guide writes it, the name needs no folding (which is slow).
        if let exact = Placeholder(rawValue: name) {
            self = exact
            return
        }
        let folded = name.trimmingSpaces().lowercased()
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        self.init(rawValue: folded)
    }

    /// The text for `metadata`; nil or empty removes a paragraph that holds nothing else.
    /// Several lines become line breaks.
    func value(in metadata: Metadata) -> String? {
        switch self {
        case .titel: return metadata.title
        case .undertitel: return metadata.subtitle
        case .organisation: return metadata.organisations.first
        case .organisationer: return metadata.organisations.joined(separator: "\n")
        case .period: return metadata.period
        case .faststalld: return metadata.adoption
        case .reviderad: return metadata.revisions
        case .omslagstext: return metadata.coverNotes.joined(separator: "\n")
        }
    }

    static func values(for metadata: Metadata) -> [Placeholder: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0, Typography.joiningFigureSpans($0.value(in: metadata) ?? "")) })
    }
}
