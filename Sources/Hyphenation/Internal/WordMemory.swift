import Foundation

// Words and their hyphenated forms, keyed by their UTF-8 bytes: one arena holds every
// word and result, and an open-addressing table finds them, so a lookup hashes and
// compares bytes and allocates nothing. A word without breaks is remembered as unchanged
// (a result start of -1), with no copy of its own. The run's memory is kept between runs
// as its own arrays (`bytes`, `init(bytes:)`), so the next run looks its words up at once.
//
// ```swift
// var memory = WordMemory()
// let hash = WordMemory.hash(word)
// let entry = memory.find(word, hash: hash) ?? memory.insert(word, hash: hash, result: hyphenated)
// memory.appendResult(of: entry, after: prefix, to: &output)   // false: the word stays as it is
// ```
struct WordMemory {
    private struct Entry {
        let hash: UInt64
        let keyStart: Int
        let keyCount: Int
        /// Where the hyphenated word starts in the arena; -1 when it is the word itself.
        let resultStart: Int
        let resultCount: Int
    }

    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    /// Indices into `entries`, -1 where free; a power of two long, at most half full.
    private var slots: [Int] = Array(repeating: -1, count: 256)

    init() {}

    /// The words remembered.
    var count: Int { entries.count }

    /// FNV-1a over the bytes: words are short, and the table only needs them spread.
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// The entry of `key`, if remembered.
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let index = slots[slot]
                guard index >= 0 else { return nil }
                let entry = entries[index]
                if entry.hash == hash && entry.keyCount == key.count
                    && (key.isEmpty || memcmp(arena.baseAddress! + entry.keyStart, key.baseAddress!, key.count) == 0) {
                    return index
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Remembers `key` with its hyphenated form (nil: unchanged) and returns its entry;
    /// `key` must not be remembered yet.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, result: UnsafeBufferPointer<UInt8>?) -> Int {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let keyStart = arena.count
        arena.append(contentsOf: key)
        let resultStart = result == nil ? -1 : arena.count
        if let result { arena.append(contentsOf: result) }
        entries.append(Entry(hash: hash, keyStart: keyStart, keyCount: key.count, resultStart: resultStart,
                             resultCount: result?.count ?? 0))
        place(entries.count - 1)
        return entries.count - 1
    }

    /// Appends `prefix` and the hyphenated form of the entry's word to `output`; false,
    /// appending nothing, when the word stays as it is.
    func appendResult(of entry: Int, after prefix: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Bool {
        let entry = entries[entry]
        guard entry.resultStart >= 0 else { return false }
        output.append(contentsOf: prefix)
        arena.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[entry.resultStart..<entry.resultStart + entry.resultCount])) }
        return true
    }

    /// The hyphenated form of the entry's word, or nil when it stays as it is, for `body`.
    func withResult<R>(of entry: Int, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        let entry = entries[entry]
        guard entry.resultStart >= 0 else { return body(nil) }
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[entry.resultStart..<entry.resultStart + entry.resultCount])) }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for index in entries.indices { place(index) }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }
}

extension WordMemory {
    /// The memory as bytes, its first words up to about `limit` bytes of them: the counts of
    /// entries, slots and arena, each entry's five numbers and each slot, then the arena,
    /// in 64-bit little-endian words.
    func bytes(limit: Int) -> [UInt8] {
        guard arena.count > limit else { return serialised() }
        var kept = WordMemory()
        arena.withUnsafeBufferPointer { arena in
            for entry in entries {
                guard (entry.resultStart < 0 ? entry.keyStart + entry.keyCount : entry.resultStart + entry.resultCount) <= limit else { break }
                let key = UnsafeBufferPointer(rebasing: arena[entry.keyStart..<entry.keyStart + entry.keyCount])
                let result = entry.resultStart < 0 ? nil
                    : UnsafeBufferPointer(rebasing: arena[entry.resultStart..<entry.resultStart + entry.resultCount])
                kept.insert(key, hash: entry.hash, result: result)
            }
        }
        return kept.serialised()
    }

    private func serialised() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8 * (3 + 5 * entries.count + slots.count) + arena.count)
        func word(_ value: Int) { withUnsafeBytes(of: UInt64(bitPattern: Int64(value)).littleEndian) { bytes.append(contentsOf: $0) } }
        for count in [entries.count, slots.count, arena.count] { word(count) }
        for entry in entries {
            word(Int(bitPattern: UInt(entry.hash)))
            for value in [entry.keyStart, entry.keyCount, entry.resultStart, entry.resultCount] { word(value) }
        }
        for slot in slots { word(slot) }
        bytes.append(contentsOf: arena)
        return bytes
    }

    /// The memory `bytes(limit:)` wrote, or nil when the bytes are not one that finds only
    /// words inside its arena: every count, range and slot is checked, so that no lookup can
    /// read outside the memory, whatever the bytes.
    init?(bytes: UnsafeRawBufferPointer) {
        var offset = 0
        func word() -> Int? {
            guard bytes.count - offset >= 8 else { return nil }
            defer { offset += 8 }
            return Int(Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self)))
        }
        guard let entryCount = word(), let slotCount = word(), let arenaCount = word(),
              entryCount >= 0, arenaCount >= 0, slotCount >= 256, slotCount.nonzeroBitCount == 1,
              entryCount * 2 <= slotCount, (bytes.count - offset) / 8 >= 5 * entryCount + slotCount else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            guard let hash = word(), let keyStart = word(), let keyCount = word(), let resultStart = word(), let resultCount = word(),
                  keyStart >= 0, keyCount >= 0, keyStart <= arenaCount - keyCount, resultCount >= 0,
                  resultStart == -1 ? resultCount == 0 : resultStart >= 0 && resultStart <= arenaCount - resultCount else { return nil }
            entries.append(Entry(hash: UInt64(UInt(bitPattern: hash)), keyStart: keyStart, keyCount: keyCount,
                                 resultStart: resultStart, resultCount: resultCount))
        }
        var slots: [Int] = []
        slots.reserveCapacity(slotCount)
        for _ in 0..<slotCount {
            guard let slot = word(), slot >= -1, slot < entryCount else { return nil }
            slots.append(slot)
        }
        // A free slot ends every search: the table is at most half full.
        guard bytes.count - offset == arenaCount, slots.contains(-1) else { return nil }
        self.entries = entries
        self.slots = slots
        arena = Array(UnsafeRawBufferPointer(rebasing: bytes[offset...]))
    }
}
