import Foundation
import SystemFiles

/// Key figures from Kolada, read from API responses saved to disk (`data/kolada/*.json`),
/// by key figure (KPI), municipality code, year and gender.
///
/// A file is the answer to `https://api.kolada.se/v2/data/kpi/<KPI>/municipality/<kommunkod>/year/<år,år,…>`
/// saved as it is; a file with `"exempeldata": true` at the top holds demonstration
/// figures, which the report marks as such.
///
/// ```swift
/// let data = try KoladaData.load(folder: URL(fileURLWithPath: "data/kolada"), shownAs: "data/kolada")
/// data.values(kpi: "N15419", municipality: "1435")   // [KoladaValue(period: 2021, gender: .total, value: 71.2)]
/// ```
public struct KoladaData: Sendable, Hashable {
    private var byKey: [Key: [KoladaValue]] = [:]
    private var demonstration: Set<Key> = []

    private struct Key: Hashable, Sendable {
        let kpi: String
        let municipality: String
    }

    public init() {}

    /// Every `.json` file in the folder, in name order; an absent folder is no data, a
    /// folder or file that cannot be read is an error (the report would say the figures
    /// are missing). `shownAs` is the folder as messages name it.
    public static func load(folder: URL, shownAs: String) throws(KoladaError) -> KoladaData {
        let names: [String]
        do {
            guard let all = try FileReader.names(inFolder: folder.path) else { return KoladaData() }
            names = all.filter { $0.hasSuffix(".json") }
        } catch {
            throw KoladaError(file: shownAs, path: "", message: "mappen går inte att läsa: \(error.reason)")
        }
        var data = KoladaData()
        for name in names {
            let file = shownAs.isEmpty ? name : shownAs + "/" + name
            let bytes: Data
            do {
                bytes = try FileReader.contents(of: folder.appendingPathComponent(name).path)
            } catch {
                throw KoladaError(file: file, path: "", message: "filen går inte att läsa: \(error.reason)")
            }
            try data.add(bytes, file: file)
        }
        return data
    }

    /// Adds one saved API response.
    public mutating func add(_ bytes: Data, file: String) throws(KoladaError) {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: bytes)
        } catch {
            throw KoladaError(syntax: error, in: bytes, file: file)
        }
        let reader = JSONPathReader(file: file)
        let top = try reader.object(root, "")
        let isDemonstration = (top["exempeldata"] as? Bool) ?? false
        for (index, entry) in try reader.array(top["values"], "values").enumerated() {
            let path = "values[\(index)]"
            let object = try reader.object(entry, path)
            let kpi = try reader.string(object["kpi"], path + ".kpi")
            let municipality = try reader.string(object["municipality"], path + ".municipality")
            let period = try reader.integer(object["period"], path + ".period")
            let key = Key(kpi: kpi, municipality: municipality)
            if isDemonstration { demonstration.insert(key) }
            for (position, value) in try reader.array(object["values"], path + ".values").enumerated() {
                let valuePath = "\(path).values[\(position)]"
                let item = try reader.object(value, valuePath)
                let code = try reader.string(item["gender"], valuePath + ".gender")
                guard let gender = KoladaValue.Gender(rawValue: code) else {
                    throw KoladaError(file: file, path: valuePath + ".gender", message: "okänt kön \"\(code)\"; tillåtna: T, K, M")
                }
                let number = try reader.optionalNumber(item["value"], valuePath + ".value")
                byKey[key, default: []].append(KoladaValue(period: period, gender: gender, value: number))
            }
        }
    }

    /// The values of a key figure for a municipality, by year and then gender (T, K, M).
    public func values(kpi: String, municipality: String) -> [KoladaValue] {
        (byKey[Key(kpi: kpi, municipality: municipality)] ?? []).sorted {
            ($0.period, $0.gender.order) < ($1.period, $1.gender.order)
        }
    }

    /// Whether these figures are demonstration data.
    public func isDemonstration(kpi: String, municipality: String) -> Bool {
        demonstration.contains(Key(kpi: kpi, municipality: municipality))
    }
}

/// One figure: a year, a gender (total, girls, boys) and the value, nil where Kolada has none.
public struct KoladaValue: Sendable, Hashable {
    public enum Gender: String, Sendable, Hashable, CaseIterable {
        case total = "T", girls = "K", boys = "M"

        var order: Int { Gender.allCases.firstIndex(of: self) ?? 0 }
    }

    public var period: Int
    public var gender: Gender
    public var value: Double?

    public init(period: Int, gender: Gender, value: Double?) {
        self.period = period
        self.gender = gender
        self.value = value
    }
}
