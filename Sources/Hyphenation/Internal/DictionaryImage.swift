import CacheFiles
import CLibHyphen
import Foundation

// libhyphen's dictionary as `hnj_hyphen_load` builds it (every level: options, states,
// transitions, match and replacement strings), saved as the very structures, laid out for
// the fixed address `base`, and mapped there from the file by later runs. Loading the 103 KB
// Swedish patterns costs libhyphen about 10 ms of processor time (hashing every prefix of
// fifteen thousand patterns, a string and a reallocation each); mapping the image costs a
// pass over it to check it, and no copy: its pages come from the page cache, so a run
// neither copies nor faults in a megabyte of fresh memory. Where that address is taken, the
// image is mapped elsewhere and its pointers moved, in the mapping's own pages. The image holds
// the same automaton, state for state, so every word hyphenates as with libhyphen's own
// load; `hnj_hyphen_hyphenate3` still does the hyphenating.
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
    /// The dictionary's first level, inside the mapping.
    let dictionary: UnsafeMutablePointer<HyphenDict>
    /// The mapping of the image file and its length: unmap it to free the dictionary.
    let mapping: UnsafeMutableRawPointer
    let length: Int

    /// Where an image's structures are laid out to be mapped: far from where the loader,
    /// the heap and `mmap` put anything.
    static let base: UInt = 0x2000_0000_0000
    private static let magic: UInt64 = 0x3448_5059_4844_4E52  // "RNDHYPH4", little-endian
    /// The image files' extension, with the format's number.
    static let fileExtension = "bild4"
    /// magic, identity, content, trusted, payload size, checksum, base, levels, states, transitions, 2 unused
    private static let headerSize = 96
    /// The largest image mapped: the Swedish one is about a megabyte.
    private static let largest = 64 << 20

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

    /// The key of the dictionary file at `path` as it is now, from its `stat` (`FileIdentity`)
    /// under the libhyphen loaded now, and whether an image saved now may be trusted by it
    /// alone; nil when it cannot be looked at.
    static func identity(of path: String) -> (key: UInt64, trusted: Bool)? {
        guard let identity = FileIdentity(path) else { return nil }
        var hash = ContentHash()
        hash.add(identity.key)
        hash.add(environment)
        return (hash.value, identity.trusted)
    }

    /// The key of the dictionary with these bytes, under the libhyphen loaded now.
    static func content(of bytes: Data) -> UInt64 {
        var hash = ContentHash()
        bytes.withUnsafeBytes { hash.add($0) }
        hash.add(UInt64(bytes.count))
        hash.add(environment)
        return hash.value
    }

    /// The libhyphen library this process runs with and the layout of its structures.
    private static let environment: UInt64 = {
        var hash = ContentHash()
        // Hashed in place: Data(library.utf8) asks the runtime whether the view is contiguous
        // bytes, a scan of every conformance record.
        if var library = libraryIdentity() { hash.add(library.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) }) }
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

    /// Where the structures of the payload go, by offset: the levels, then every level's
    /// states, every state's transitions, and the strings.
    private struct Layout {
        var levels: Int
        var states: Int
        var transitions: Int
        var stringBytes: Int

        var stateStart: Int { levels * MemoryLayout<HyphenDict>.stride }
        var transitionStart: Int { stateStart + states * MemoryLayout<HyphenState>.stride }
        var stringStart: Int { transitionStart + transitions * MemoryLayout<HyphenTrans>.stride }
        var size: Int { stringStart + stringBytes }
    }

    /// The image of a loaded dictionary and its next levels, under `keys`: its structures as
    /// they lie in memory at `base`, field by field (padding stays zero).
    static func data(of dictionary: UnsafeMutablePointer<HyphenDict>, keys: Keys) -> Data {
        var layout = Layout(levels: 0, states: 0, transitions: 0, stringBytes: 0)
        var level: UnsafeMutablePointer<HyphenDict>? = dictionary
        while let current = level {
            let dict = current.pointee
            layout.levels += 1
            layout.states += Int(dict.num_states)
            layout.stringBytes += nohyphenLength(dict)
            for index in 0..<Int(dict.num_states) {
                let state = dict.states[index]
                layout.transitions += Int(state.num_trans)
                for text in [state.match, state.repl] { layout.stringBytes += text.map { strlen($0) + 1 } ?? 0 }
            }
            level = dict.nextlevel
        }
        var payload = Data(count: layout.size)
        payload.withUnsafeMutableBytes { raw in
            let address = { (offset: Int) in UnsafeMutableRawPointer(bitPattern: base + UInt(headerSize + offset)) }
            var state = layout.stateStart
            var transition = layout.transitionStart
            var string = layout.stringStart
            func store<Field>(_ value: Field, _ field: PartialKeyPath<HyphenDict>, at record: Int) {
                raw.storeBytes(of: value, toByteOffset: record + MemoryLayout<HyphenDict>.offset(of: field)!, as: Field.self)
            }
            func store<Field>(_ value: Field, _ field: PartialKeyPath<HyphenState>, at record: Int) {
                raw.storeBytes(of: value, toByteOffset: record + MemoryLayout<HyphenState>.offset(of: field)!, as: Field.self)
            }
            func copy(_ bytes: UnsafeRawPointer, count: Int) -> UnsafeMutableRawPointer? {
                raw.baseAddress!.advanced(by: string).copyMemory(from: bytes, byteCount: count)
                defer { string += count }
                return address(string)
            }
            var level: UnsafeMutablePointer<HyphenDict>? = dictionary
            var index = 0
            while let current = level {
                let dict = current.pointee
                let record = index * MemoryLayout<HyphenDict>.stride
                store(dict.lhmin, \.lhmin, at: record)
                store(dict.rhmin, \.rhmin, at: record)
                store(dict.clhmin, \.clhmin, at: record)
                store(dict.crhmin, \.crhmin, at: record)
                store(dict.nohyphen.flatMap { copy($0, count: nohyphenLength(dict)) }, \.nohyphen, at: record)
                store(dict.nohyphenl, \.nohyphenl, at: record)
                store(dict.num_states, \.num_states, at: record)
                store(dict.cset, \.cset, at: record)
                store(dict.utf8, \.utf8, at: record)
                store(address(state), \.states, at: record)
                store(dict.nextlevel == nil ? nil : address(record + MemoryLayout<HyphenDict>.stride), \.nextlevel, at: record)
                for number in 0..<Int(dict.num_states) {
                    let source = dict.states[number]
                    store(source.match.flatMap { copy($0, count: strlen($0) + 1) }, \.match, at: state)
                    store(source.repl.flatMap { copy($0, count: strlen($0) + 1) }, \.repl, at: state)
                    store(source.replindex, \.replindex, at: state)
                    store(source.replcut, \.replcut, at: state)
                    store(source.fallback_state, \.fallback_state, at: state)
                    store(source.num_trans, \.num_trans, at: state)
                    store(source.num_trans > 0 ? address(transition) : nil, \.trans, at: state)
                    for next in 0..<Int(source.num_trans) {
                        let edge = source.trans[next]
                        raw.storeBytes(of: edge.ch, toByteOffset: transition + MemoryLayout<HyphenTrans>.offset(of: \.ch)!, as: CChar.self)
                        raw.storeBytes(of: edge.new_state, toByteOffset: transition + MemoryLayout<HyphenTrans>.offset(of: \.new_state)!,
                                       as: Int32.self)
                        transition += MemoryLayout<HyphenTrans>.stride
                    }
                    state += MemoryLayout<HyphenState>.stride
                }
                level = dict.nextlevel
                index += 1
            }
        }
        var image = Data(capacity: headerSize + payload.count)
        for word in [magic, keys.identity, keys.content, keys.identityTrusted ? 1 : 0, UInt64(payload.count),
                     payload.withUnsafeBytes { checksum($0, keys: keys, layout: layout) }, UInt64(base),
                     UInt64(layout.levels), UInt64(layout.states), UInt64(layout.transitions), 0, 0] {
            withUnsafeBytes(of: word.littleEndian) { image.append(contentsOf: $0) }
        }
        image.append(payload)
        return image
    }

    /// The bytes of the level's `nohyphen` strings: `nohyphenl + 1` of them, each ending in NUL.
    private static func nohyphenLength(_ dict: HyphenDict) -> Int {
        guard let nohyphen = dict.nohyphen else { return 0 }
        var length = 0
        for _ in 0...Int(dict.nohyphenl) { length += strlen(nohyphen + length) + 1 }
        return length
    }

    /// The dictionary in the image file at `path`, mapped, or nil when the image is not one
    /// for the dictionary with the identity `identity` (and, unless the image trusts that
    /// alone, the bytes whose key `content` gives, nil when they cannot be read) or is not
    /// whole: its checksum covers the payload, the keys and the layout, so an image that
    /// passes is the very bytes `data(of:keys:)` wrote from a loaded dictionary, which lays
    /// every structure out in its region (the checksum guards against a damaged file, not
    /// against a forged one: whoever can write the user's cache folder can write the rest of
    /// the user's files too).
    static func map(_ path: String, identity: UInt64, content: () -> UInt64?) -> DictionaryImage? {
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, info.st_size >= headerSize, info.st_size <= largest else { return nil }
        let length = Int(info.st_size)
        // Where the address is taken (or the kernel does not know MAP_FIXED_NOREPLACE and
        // takes it as a hint), the mapping lands elsewhere and the pointers are moved.
        var mapping = mmap(UnsafeMutableRawPointer(bitPattern: base), length, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_FIXED_NOREPLACE, file, 0)
        if mapping == MAP_FAILED { mapping = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE, file, 0) }
        guard let mapping, mapping != MAP_FAILED else { return nil }
        guard let dictionary = checked(mapping, length: length, identity: identity, content: content) else {
            munmap(mapping, length)
            return nil
        }
        return DictionaryImage(dictionary: dictionary, mapping: mapping, length: length)
    }

    /// The first level of the image mapped at `mapping`, checked and moved to where it was mapped.
    private static func checked(_ mapping: UnsafeMutableRawPointer, length: Int, identity: UInt64,
                                content: () -> UInt64?) -> UnsafeMutablePointer<HyphenDict>? {
        let raw = UnsafeMutableRawBufferPointer(start: mapping, count: length)
        let word = { (index: Int) in UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) }
        guard word(0) == magic, word(1) == identity, word(3) <= 1, word(4) == UInt64(length - headerSize), word(6) == UInt64(base),
              word(7) > 0, word(7) < 1 << 20, word(8) < 1 << 26, word(9) < 1 << 26 else { return nil }
        let keys = Keys(identity: identity, content: word(2), identityTrusted: word(3) == 1)
        let layout = Layout(levels: Int(word(7)), states: Int(word(8)), transitions: Int(word(9)), stringBytes: 0)
        let payload = UnsafeMutableRawBufferPointer(rebasing: raw[headerSize...])
        guard layout.stringStart <= payload.count, payload.count == layout.stringStart || payload.last == 0,
              word(5) == checksum(UnsafeRawBufferPointer(payload), keys: keys, layout: layout),
              keys.identityTrusted || content() == keys.content else { return nil }
        let moved = Int(bitPattern: UInt(bitPattern: mapping)) - Int(bitPattern: base)
        if moved != 0 { move(payload, layout: layout, by: moved) }
        return payload.baseAddress!.assumingMemoryBound(to: HyphenDict.self)
    }

    /// Moves every pointer of a checked payload by `distance` bytes: the image was mapped
    /// that far from `base`.
    private static func move(_ payload: UnsafeMutableRawBufferPointer, layout: Layout, by distance: Int) {
        func moved<T>(_ pointer: UnsafeMutablePointer<T>?) -> UnsafeMutablePointer<T>? {
            pointer.map { UnsafeMutableRawPointer($0).advanced(by: distance).assumingMemoryBound(to: T.self) }
        }
        let dicts = payload.baseAddress!.assumingMemoryBound(to: HyphenDict.self)
        for index in 0..<layout.levels {
            dicts[index].nohyphen = moved(dicts[index].nohyphen)
            dicts[index].states = moved(dicts[index].states)
            dicts[index].nextlevel = moved(dicts[index].nextlevel)
        }
        let states = (payload.baseAddress! + layout.stateStart).assumingMemoryBound(to: HyphenState.self)
        for index in 0..<layout.states {
            states[index].match = moved(states[index].match)
            states[index].repl = moved(states[index].repl)
            states[index].trans = moved(states[index].trans)
        }
    }

    /// The hash of the payload, the keys it is saved under and its layout (the counts of
    /// its structures and the address it is laid out for), so that a damaged key or count is
    /// noticed as a damaged payload is.
    private static func checksum(_ payload: UnsafeRawBufferPointer, keys: Keys, layout: Layout) -> UInt64 {
        var hash = ContentHash()
        hash.add(payload)
        for word in [keys.identity, keys.content, keys.identityTrusted ? 1 : 0, UInt64(base),
                     UInt64(layout.levels), UInt64(layout.states), UInt64(layout.transitions)] { hash.add(word) }
        return hash.value
    }
}
