import CLibHyphen
import Foundation

// Where the images of loaded dictionaries are kept between runs (`DictionaryImage`): one
// file per dictionary in the user's cache folder, `$XDG_CACHE_HOME/render/` or
// `~/.cache/render/`. The first run with a dictionary loads it with libhyphen and saves the
// image (written to a temporary file, then renamed, so another run never reads half of
// it); later runs rebuild it from the image. A folder that cannot be written only means
// every run loads the dictionary itself.
struct DictionaryCache {
    let folder: URL

    /// The user's cache folder for render, or nil when neither XDG_CACHE_HOME nor HOME is set.
    static var user: DictionaryCache? {
        // getenv reads one variable; ProcessInfo's environment builds a dictionary of all of them.
        let variable = { (name: String) in getenv(name).map { String(cString: $0) } }
        if let cache = variable("XDG_CACHE_HOME"), cache.hasPrefix("/") {
            return DictionaryCache(folder: URL(fileURLWithPath: cache).appendingPathComponent("render"))
        }
        guard let home = variable("HOME"), home.hasPrefix("/") else { return nil }
        return DictionaryCache(folder: URL(fileURLWithPath: home).appendingPathComponent(".cache/render"))
    }

    /// The image file of the dictionary at `path`, named for the image's format, so that
    /// runs of builds with another format keep their own instead of replacing each other's.
    func file(for path: String) -> URL {
        folder.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent + "." + DictionaryImage.fileExtension)
    }

    /// The dictionary at `path` mapped from its image, when the folder holds a valid one
    /// for the file's identity `identity` (`DictionaryImage.identity`), and for the bytes
    /// `content` gives the key of when the image does not trust the identity alone.
    func image(for path: String, identity: UInt64, content: () -> UInt64?) -> DictionaryImage? {
        DictionaryImage.map(file(for: path).path, identity: identity, content: content)
    }

    /// Saves the image of the loaded dictionary, replacing any other; failures are ignored.
    func save(_ dictionary: UnsafeMutablePointer<HyphenDict>, for path: String, keys: DictionaryImage.Keys) {
        let target = file(for: path)
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try DictionaryImage.data(of: dictionary, keys: keys).write(to: temporary)
            guard rename(temporary.path, target.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            unlink(temporary.path)
        }
    }
}
