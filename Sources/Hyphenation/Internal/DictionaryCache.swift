import CacheFiles
import CLibHyphen
import Foundation

// Where the images of loaded dictionaries are kept between runs (`DictionaryImage`): one
// file per dictionary in the user's cache folder, `$XDG_CACHE_HOME/render/` or
// `~/.cache/render/` (`CacheFolder`). The first run with a dictionary loads it with libhyphen
// and saves the image; later runs rebuild it from the image. A folder that cannot be written
// only means every run loads the dictionary itself. Mapping an image marks it used (at most
// once a day); then, and when one is saved, the images no run has used for a month are
// removed, of any dictionary and any format (`CacheFolder.removeUnused`), so those of formats
// no build reads any more go too.
struct DictionaryCache {
    let cache: CacheFolder

    init(folder: URL) { cache = CacheFolder(folder: folder) }

    /// The image's name in the folder for the dictionary at `path`, named for the image's
    /// format, so that runs of builds with another format keep their own instead of
    /// replacing each other's.
    private func name(for path: String) -> String {
        URL(fileURLWithPath: path).lastPathComponent + "." + DictionaryImage.fileExtension
    }

    /// The image file of the dictionary at `path`.
    func file(for path: String) -> URL { cache.file(name(for: path)) }

    /// The dictionary at `path` mapped from its image, when the folder holds a valid one
    /// for the file's identity `identity` (`DictionaryImage.identity`), and for the bytes
    /// `content` gives the key of when the image does not trust the identity alone.
    func image(for path: String, identity: UInt64, content: () -> UInt64?) -> DictionaryImage? {
        guard let image = DictionaryImage.map(file(for: path).path, identity: identity, content: content) else { return nil }
        if cache.markUsed(name(for: path)) { cache.removeUnused(Self.isImage) }
        return image
    }

    /// Saves the image of the loaded dictionary, replacing any other, and removes the
    /// images unused for a month; failures are ignored.
    func save(_ dictionary: UnsafeMutablePointer<HyphenDict>, for path: String, keys: DictionaryImage.Keys) {
        cache.save(DictionaryImage.data(of: dictionary, keys: keys), as: name(for: path))
        cache.removeUnused(Self.isImage)
    }

    /// Whether `name` is an image's name in any format: a name, then ".bild" and the format's number.
    static func isImage(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), name.startIndex < dot else { return false }
        let suffix = name[name.index(after: dot)...]
        return suffix.hasPrefix("bild") && suffix.count > 4 && suffix.dropFirst(4).allSatisfy { $0.isASCII && $0.isNumber }
    }
}
