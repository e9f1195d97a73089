import CLibHyphen
import Foundation

// libhyphen's dictionary as `hnj_hyphen_load` builds it (every level: options, states,
// transitions, match and replacement strings), saved as one flat file and rebuilt from it
// in a single allocation. Loading the 103 KB Swedish patterns costs libhyphen about 10 ms of
// processor time (hashing every prefix of fifteen thousand patterns, a string and a
// reallocation each); rebuilding the 18 500 states from the image costs a read and one
// pass. The image holds the same automaton, state for state, so every word hyphenates as
// with libhyphen's own load; `hnj_hyphen_hyphenate3` still does the hyphenating.
//
// An image is only used for the dictionary it was made from, under the libhyphen library
// loaded (path, size, change time) and the memory layout of its structures. It holds two
// keys of the dictionary: its file's identity (device, inode, size, modification and change
// times to the nanosecond), which a run checks with one `stat` instead of reading and hashing
// the file, and a hash of its bytes. Every way of changing a file's bytes (writing it, or
// putting another file in its place) changes its change time, which no program can set
// back, or its inode; only a change within the same tick of a coarse file-system clock
// could keep every field. So the identity alone is trusted only for an image saved more
// than two seconds after the dictionary last changed; an image saved sooner is used
// when the dictionary's bytes still hash to its second key (as git treats a "racily clean"
// file). An image that is truncated, altered, for other keys or another format is ignored
// (and replaced).
struct DictionaryImage {
    /// The dictionary, rebuilt, and the one allocation holding all of it (free it to free it).
    let dictionary: UnsafeMutablePointer<HyphenDict>
    let storage: UnsafeMutableRawPointer

    private static let magic: UInt64 = 0x3248_5059_4844_4E52  // "RNDHYPH2", little-endian
    private static let headerSize = 48

    /// The keys an image is saved under and checked against.
    struct Keys: Equatable {
        /// The dictionary file's identity (`identity(of:)`).
        var identity: UInt64
        /// The hash of the dictionary's bytes (`content(of:)`).
        var content: UInt64
        /// Whether the identity alone tells that the bytes are the same: the image was saved
        /// more than two seconds after the dictionary last changed.
        var identityTrusted: Bool
    }

    /// The key of the dictionary file at `path` as it is now, from its `stat`, and when it
    /// last changed; nil when it cannot be looked at.
    static func identity(of path: String) -> (key: UInt64, changed: timespec)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        var hash = ImageHash()
        for field in [UInt64(info.st_dev), UInt64(info.st_ino), UInt64(bitPattern: Int64(info.st_size)),
                      UInt64(bitPattern: Int64(info.st_mtim.tv_sec)), UInt64(bitPattern: Int64(info.st_mtim.tv_nsec)),
                      UInt64(bitPattern: Int64(info.st_ctim.tv_sec)), UInt64(bitPattern: Int64(info.st_ctim.tv_nsec))] {
            hash.add(field)
        }
        hash.add(environment)
        return (hash.value, info.st_ctim)
    }

    /// Whether an image saved now may be trusted by the identity of a dictionary that last
    /// changed at `changed`: more than two seconds ago.
    static func identityTrusted(changed: timespec) -> Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return now.tv_sec - changed.tv_sec > 2
    }

    /// The key of the dictionary with these bytes, under the libhyphen loaded now.
    static func content(of bytes: Data) -> UInt64 {
        var hash = ImageHash()
        bytes.withUnsafeBytes { hash.add($0) }
        hash.add(UInt64(bytes.count))
        hash.add(environment)
        return hash.value
    }

    /// The libhyphen library this process runs with and the layout of its structures.
    private static let environment: UInt64 = {
        var hash = ImageHash()
        if let library = libraryIdentity() { hash.add(Data(library.utf8).withUnsafeBytes { ImageHash.of($0) }) }
        for size in [MemoryLayout<HyphenDict>.size, MemoryLayout<HyphenState>.size, MemoryLayout<HyphenTrans>.size] {
            hash.add(UInt64(size))
        }
        return hash.value
    }()

    /// Path, size and change time of the libhyphen library this process runs with.
    private static func libraryIdentity() -> String? {
        guard let path = clibhyphen_library_path() else { return nil }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(String(cString: path)) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
    }

    /// The image of a loaded dictionary and its next levels, under `keys`.
    static func data(of dictionary: UnsafeMutablePointer<HyphenDict>, keys: Keys) -> Data {
        var payload = ImageWriter()
        var level: UnsafeMutablePointer<HyphenDict>? = dictionary
        while let current = level {
            let dict = current.pointee
            payload.byte(1)
            for option in [dict.lhmin, dict.rhmin, dict.clhmin, dict.crhmin] { payload.byte(UInt8(bitPattern: option)) }
            payload.int(dict.utf8)
            withUnsafeBytes(of: dict.cset) { payload.bytes($0) }
            // `nohyphen` holds `nohyphenl + 1` strings, each ending in NUL.
            if let nohyphen = dict.nohyphen {
                var length = 0
                for _ in 0...Int(dict.nohyphenl) { length += strlen(nohyphen + length) + 1 }
                payload.int(Int32(length))
                payload.int(dict.nohyphenl)
                payload.bytes(UnsafeRawBufferPointer(start: nohyphen, count: length))
            } else {
                payload.int(-1)
                payload.int(dict.nohyphenl)
            }
            payload.int(dict.num_states)
            for index in 0..<Int(dict.num_states) {
                let state = dict.states[index]
                payload.int(state.fallback_state)
                payload.byte(UInt8(bitPattern: state.replindex))
                payload.byte(UInt8(bitPattern: state.replcut))
                payload.string(state.match)
                payload.string(state.repl)
                payload.int(state.num_trans)
                for transition in 0..<Int(state.num_trans) {
                    payload.byte(UInt8(bitPattern: state.trans[transition].ch))
                    payload.int(state.trans[transition].new_state)
                }
            }
            level = dict.nextlevel
        }
        payload.byte(0)
        var image = ImageWriter()
        image.word(magic)
        image.word(keys.identity)
        image.word(keys.content)
        image.word(keys.identityTrusted ? 1 : 0)
        image.word(UInt64(payload.data.count))
        image.word(payload.data.withUnsafeBytes { checksum($0, keys: keys) })
        image.data.append(payload.data)
        return image.data
    }

    /// The dictionary in `image`, or nil when the image is not one for the dictionary with
    /// the identity `identity` (and, unless the image trusts that alone, the bytes whose key
    /// `content` gives, nil when they cannot be read) or does not hold a well-formed
    /// dictionary (every state and transition within its level).
    static func load(_ image: Data, identity: UInt64, content: () -> UInt64?) -> DictionaryImage? {
        image.withUnsafeBytes { raw -> DictionaryImage? in
            guard raw.count >= headerSize,
                  raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self) == magic,
                  raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) == identity,
                  raw.loadUnaligned(fromByteOffset: 32, as: UInt64.self) == UInt64(raw.count - headerSize)
            else { return nil }
            let flag = raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
            guard flag <= 1 else { return nil }
            let keys = Keys(identity: identity, content: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self), identityTrusted: flag == 1)
            let payload = UnsafeRawBufferPointer(rebasing: raw[headerSize...])
            guard raw.loadUnaligned(fromByteOffset: 40, as: UInt64.self) == checksum(payload, keys: keys),
                  keys.identityTrusted || content() == keys.content,
                  let levels = Level.read(payload)
            else { return nil }
            return build(levels, from: payload)
        }
    }

    /// The hash of the payload and the keys it is saved under, so that a damaged key is
    /// noticed as a damaged payload is.
    private static func checksum(_ payload: UnsafeRawBufferPointer, keys: Keys) -> UInt64 {
        var hash = ImageHash()
        hash.add(payload)
        for word in [keys.identity, keys.content, keys.identityTrusted ? 1 : 0] { hash.add(word) }
        return hash.value
    }

    // One level as found in the image: its options, and where its states' records are.
    private struct Level {
        var options: (Int8, Int8, Int8, Int8)
        var utf8: Int32
        var cset: Range<Int>
        var nohyphen: Range<Int>?
        var nohyphenCount: Int32
        var states: Int
        var stateRecords: Range<Int>
        var transitions: Int
        var stringBytes: Int

        /// Every level, checked, or nil for a malformed image.
        static func read(_ payload: UnsafeRawBufferPointer) -> [Level]? {
            var reader = ImageReader(payload)
            var levels: [Level] = []
            while let more = reader.byte(), more == 1 {
                guard let options = reader.bytes(4), let utf8 = reader.int(), let cset = reader.bytes(Int(MAX_NAME)),
                      let nohyphenLength = reader.int(), let nohyphenCount = reader.int() else { return nil }
                var nohyphen: Range<Int>?
                if nohyphenLength >= 0 {
                    guard let bytes = reader.bytes(Int(nohyphenLength)), payload[bytes].last == 0,
                          payload[bytes].count(where: { $0 == 0 }) == Int(nohyphenCount) + 1 else { return nil }
                    nohyphen = bytes
                } else if nohyphenLength != -1 {
                    return nil
                }
                guard let count = reader.int(), count > 0 else { return nil }
                let states = Int(count)
                let start = reader.offset
                var transitions = 0
                var stringBytes = 0
                for _ in 0..<states {
                    guard let fallback = reader.int(), fallback >= -1, fallback < count, reader.bytes(2) != nil else { return nil }
                    for _ in 0..<2 {
                        guard let length = reader.int() else { return nil }
                        if length >= 0 {
                            guard reader.bytes(Int(length)) != nil else { return nil }
                            stringBytes += Int(length) + 1
                        } else if length != -1 {
                            return nil
                        }
                    }
                    guard let transitionCount = reader.int(), transitionCount >= 0 else { return nil }
                    for _ in 0..<transitionCount {
                        guard reader.byte() != nil, let target = reader.int(), target >= 0, target < count else { return nil }
                    }
                    transitions += Int(transitionCount)
                }
                let option = { (index: Int) in Int8(bitPattern: payload[options.lowerBound + index]) }
                levels.append(Level(options: (option(0), option(1), option(2), option(3)), utf8: utf8, cset: cset,
                                    nohyphen: nohyphen, nohyphenCount: nohyphenCount, states: states,
                                    stateRecords: start..<reader.offset, transitions: transitions, stringBytes: stringBytes))
            }
            guard reader.offset == payload.count, !levels.isEmpty else { return nil }
            return levels
        }
    }

    /// The levels' structures in one allocation: dictionaries, states, transitions, strings.
    private static func build(_ levels: [Level], from payload: UnsafeRawBufferPointer) -> DictionaryImage {
        let dictBytes = levels.count * MemoryLayout<HyphenDict>.stride
        let stateBytes = levels.reduce(0) { $0 + $1.states } * MemoryLayout<HyphenState>.stride
        let transitionBytes = levels.reduce(0) { $0 + $1.transitions } * MemoryLayout<HyphenTrans>.stride
        let stringBytes = levels.reduce(0) { $0 + $1.stringBytes + ($1.nohyphen?.count ?? 0) }
        let total = dictBytes + stateBytes + transitionBytes + stringBytes
        let storage = malloc(max(total, 1))!
        let dicts = storage.bindMemory(to: HyphenDict.self, capacity: levels.count)
        var states = (storage + dictBytes).bindMemory(to: HyphenState.self, capacity: stateBytes / MemoryLayout<HyphenState>.stride)
        var transitions = (storage + dictBytes + stateBytes)
            .bindMemory(to: HyphenTrans.self, capacity: transitionBytes / MemoryLayout<HyphenTrans>.stride)
        var strings = (storage + dictBytes + stateBytes + transitionBytes).bindMemory(to: CChar.self, capacity: stringBytes)

        // A string of the image, copied with its NUL; nil for length -1.
        func string(_ reader: inout ImageReader) -> UnsafeMutablePointer<CChar>? {
            let length = Int(reader.int()!)
            guard length >= 0 else { return nil }
            let bytes = reader.bytes(length)!
            let start = strings
            UnsafeMutableRawPointer(start).copyMemory(from: payload.baseAddress! + bytes.lowerBound, byteCount: length)
            start[length] = 0
            strings += length + 1
            return start
        }

        for (index, level) in levels.enumerated() {
            var dict = HyphenDict()
            (dict.lhmin, dict.rhmin, dict.clhmin, dict.crhmin) = level.options
            dict.utf8 = level.utf8
            withUnsafeMutableBytes(of: &dict.cset) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: payload[level.cset])) }
            dict.nohyphenl = level.nohyphenCount
            if let nohyphen = level.nohyphen {
                UnsafeMutableRawPointer(strings).copyMemory(from: payload.baseAddress! + nohyphen.lowerBound, byteCount: nohyphen.count)
                dict.nohyphen = strings
                strings += nohyphen.count
            }
            dict.num_states = Int32(level.states)
            dict.states = states
            dict.nextlevel = index + 1 < levels.count ? dicts + index + 1 : nil
            var reader = ImageReader(payload, at: level.stateRecords.lowerBound)
            for state in 0..<level.states {
                var record = HyphenState()
                record.fallback_state = reader.int()!
                record.replindex = Int8(bitPattern: reader.byte()!)
                record.replcut = Int8(bitPattern: reader.byte()!)
                record.match = string(&reader)
                record.repl = string(&reader)
                record.num_trans = reader.int()!
                record.trans = record.num_trans > 0 ? transitions : nil
                for transition in 0..<Int(record.num_trans) {
                    transitions[transition] = HyphenTrans(ch: CChar(bitPattern: reader.byte()!), new_state: reader.int()!)
                }
                transitions += Int(record.num_trans)
                states[state] = record
            }
            states += level.states
            (dicts + index).initialize(to: dict)
        }
        return DictionaryImage(dictionary: dicts, storage: storage)
    }
}

// Appends the image's fields: bytes and little-endian integers.
private struct ImageWriter {
    var data = Data()

    mutating func byte(_ value: UInt8) { data.append(value) }
    mutating func int(_ value: Int32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
    mutating func word(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
    mutating func bytes(_ bytes: UnsafeRawBufferPointer) { data.append(contentsOf: bytes) }

    /// A C string as its length and bytes (without the NUL); -1 for none.
    mutating func string(_ text: UnsafeMutablePointer<CChar>?) {
        guard let text else { return int(-1) }
        let length = strlen(text)
        int(Int32(length))
        bytes(UnsafeRawBufferPointer(start: text, count: length))
    }
}

// Reads the image's fields, nil past its end.
private struct ImageReader {
    let payload: UnsafeRawBufferPointer
    var offset: Int

    init(_ payload: UnsafeRawBufferPointer, at offset: Int = 0) {
        self.payload = payload
        self.offset = offset
    }

    mutating func byte() -> UInt8? {
        guard offset < payload.count else { return nil }
        defer { offset += 1 }
        return payload[offset]
    }

    mutating func int() -> Int32? {
        guard offset + 4 <= payload.count else { return nil }
        defer { offset += 4 }
        return Int32(littleEndian: payload.loadUnaligned(fromByteOffset: offset, as: Int32.self))
    }

    /// The range of the next `count` bytes.
    mutating func bytes(_ count: Int) -> Range<Int>? {
        guard count >= 0, offset + count <= payload.count else { return nil }
        defer { offset += count }
        return offset..<offset + count
    }
}

// A 64-bit hash of bytes, eight at a time: enough to tell an image or a dictionary that
// changed (it guards against accidents, not against someone forging the user's own files).
private struct ImageHash {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = ImageHash()
        hash.add(bytes)
        return hash.value
    }

    mutating func add(_ word: UInt64) {
        value = (value ^ word) &* 0x100_0000_01B3
        value ^= value >> 29
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        let words = bytes.count / 8
        for index in 0..<words { add(bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) }
        var last: UInt64 = 0
        for index in (words * 8)..<bytes.count { last = last << 8 | UInt64(bytes[index]) }
        add(last ^ UInt64(bytes.count) << 56)
    }
}
