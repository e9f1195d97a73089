import Foundation
import OOXML
import Testing

/// Relationship targets resolved to part names, percent-encoding decoded as Foundation's
/// `removingPercentEncoding` decodes it (and kept as written where that gives nil).
@Suite struct PackagePathTests {
    @Test(arguments: ["media/bild%20ett.png", "media/%C3%A5r.png", "../media/a%2Fb.png", "media/%zz.png", "media/50%.png",
                      "media/%FF.png", "media/%e2%80%93.png", "media/%4.png", "media/plain.png", "%41%42%43", "media/%00.png"])
    func decodesAsFoundationDoes(target: String) {
        let joined = "word/" + target.replacingOccurrences(of: "../", with: "")
        let expected = (target.hasPrefix("../") ? joined.replacingOccurrences(of: "word/", with: "") : joined)
        #expect(PackagePath.resolve(target, from: "word/document.xml") == (expected.removingPercentEncoding ?? expected))
    }

    @Test func resolvesDotsAndAbsoluteTargets() {
        #expect(PackagePath.resolve("./media/../styles.xml", from: "word/document.xml") == "word/styles.xml")
        #expect(PackagePath.resolve("/customXml/item1.xml", from: "word/document.xml") == "customXml/item1.xml")
        #expect(PackagePath.fileExtension("word/media/bild.PNG") == "png")
        #expect(PackagePath.fileExtension("word.d/bild") == "")
    }
}
