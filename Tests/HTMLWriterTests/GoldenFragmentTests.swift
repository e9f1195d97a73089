import Examples
import HTMLWriter
import SnapshotTesting
import Testing

/// The CMS fragment of one whole plan, compared with the reviewed file in
/// __Snapshots__/GoldenFragmentTests/. After an intended change, delete the file, run the
/// tests once to record it, and review the difference.
@Suite("Golden file: Vänersborg's fragment")
struct GoldenFragmentTests {
    /// Stored as .html, so the golden file opens in an editor or a browser as what it is.
    private static var html: Snapshotting<String, String> { Snapshotting<String, String>(pathExtension: "html", diffing: .lines) }

    @Test("the fragment of vanersborg is unchanged")
    func fragment() throws {
        let plan = try #require(Exempel.plan("vanersborg"))
        let renderer = try Package.renderer()
        let fragment = renderer.htmlFragment(renderer.document(for: plan))
        assertSnapshot(of: String(decoding: fragment, as: UTF8.self), as: Self.html, named: "vanersborg")
    }
}
