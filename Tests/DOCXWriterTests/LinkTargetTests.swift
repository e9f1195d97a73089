@testable import DOCXWriter
import DocumentModel
import Foundation
import Testing

/// External link targets: what `LinkPolicy.address` lets through needs no trimming and has
/// no space left to escape; only an address written "www.…" is made absolute.
@Suite struct LinkTargetTests {
    static let written = [
        "https://www.skr.se/sida#del", "http://skr.se", " https://skr.se/en sida ", "https://skr.se/en sida\t",
        "\u{00A0}https://skr.se/a\u{00A0}b\u{3000}", "www.skr.se", " www.skr.se/en sida ", "WWW.Skr.se", "Www.skr.se/ä ö",
        "mailto:kansli@tanum.se ", "tel:+46 522 18 000", "umo.se/ung", "rapport 2022.pdf", "#mal-och-syfte", "wwwx.se",
        "\u{2003}www.skr.se\u{2003}", "https://skr.se/%zz 100%", "ftp://skr.se", "javascript:alert(1)",
    ]

    @Test func addressesLetThroughNeedNoTrimmingNorSpaceEscaping() throws {
        let addresses = Self.written.compactMap(LinkPolicy.address)
        #expect(addresses.count >= 15)
        for address in addresses {
            #expect(address.trimmingCharacters(in: .whitespaces) == address, "\(address)")
            #expect(!address.contains(" "), "\(address)")
        }
    }

    @Test func wwwAddressesBecomeAbsoluteAndOthersStayAsTheyAre() throws {
        #expect(BodyWriter.linkTarget(try #require(LinkPolicy.address(" www.skr.se/en sida "))) == "https://www.skr.se/en%20sida")
        #expect(BodyWriter.linkTarget(try #require(LinkPolicy.address("WWW.Skr.se"))) == "https://WWW.Skr.se")
        #expect(BodyWriter.linkTarget(try #require(LinkPolicy.address("\u{2003}www.skr.se"))) == "%E2%80%83www.skr.se")
        #expect(BodyWriter.linkTarget(try #require(LinkPolicy.address("wwwx.se"))) == "wwwx.se")
        #expect(BodyWriter.linkTarget(try #require(LinkPolicy.address("https://skr.se/en sida "))) == "https://skr.se/en%20sida")
        #expect(BodyWriter.linkTarget(try #require(LinkPolicy.address("mailto:kansli@tanum.se"))) == "mailto:kansli@tanum.se")
    }
}
