import CacheFiles
import CLibHyphen
import Foundation

// Where the images of loaded dictionaries are kept between runs (`DictionaryImage`): one
// file per dictionary in the user's cache folder, `$XDG_CACHE_HOME/render/` or
// `~/.cache/render/` (`CacheFolder`). The first run with a dictionary loads it with libhyphen
// and saves the image; later runs rebuild it from the image. A folder that cannot be written
// only means every run loads the dictionary itself.
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
        DictionaryImage.map(file(for: path).path, identity: identity, content: content)
    }

    /// Saves the image of the loaded dictionary, replacing any other; failures are ignored.
    func save(_ dictionary: UnsafeMutablePointer<HyphenDict>, for path: String, keys: DictionaryImage.Keys) {
        cache.save(DictionaryImage.data(of: dictionary, keys: keys), as: name(for: path))
    }
}
