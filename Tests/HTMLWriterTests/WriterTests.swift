import DocumentModel
import HTMLWriter
import Testing

@Suite("HTMLWriter: the document as semantic HTML")
struct WriterTests {
    private func fragment(_ blocks: [Block]) -> String {
        HTMLWriter().fragment(Document(metadata: Metadata(title: "T"), blocks: blocks))
    }

    private func heading(_ level: Int, _ text: String) -> Block {
        .heading(Heading(level: level, text: [.text(text)], anchor: text.lowercased()))
    }

    @Test("headings open nested sections and carry the anchor as id, from h2, without gaps")
    func headings() {
        let html = fragment([heading(1, "A"), .paragraph([.text("a")]), heading(3, "B"), heading(2, "C"), heading(1, "D")])
        #expect(html == """
            <div class="dokument" lang="sv-SE">
              <section>
                <h2 id="a">A</h2>
                <p>a</p>
                <section>
                  <h3 id="b">B</h3>
                </section>
                <section>
                  <h3 id="c">C</h3>
                </section>
              </section>
              <section>
                <h2 id="d">D</h2>
              </section>
            </div>

            """)
    }

    @Test("deep headings stop at h6")
    func deepHeadings() {
        let html = fragment((1...7).map { heading($0, "H\($0)") })
        #expect(html.contains(#"<h6 id="h5">H5</h6>"#) && html.contains(#"<h6 id="h6">H6</h6>"#) && !html.contains("<h7"))
    }

    @Test("a table has a caption, a head with column scope, row headers with row scope and spans, in a labelled focusable region")
    func table() {
        let table = Table(caption: "Aktiviteter för mål 1.1", columns: [Column(width: 1), Column(width: 1), Column(width: 1)],
                          header: [Row([Cell("Aktivitet"), Cell("Delmål", colSpan: 2)])],
                          body: [Row([Cell("ABC", rowSpan: 2, isRowHeader: true), Cell("x"), Cell("y")]), Row([Cell("z"), Cell("w")])])
        #expect(fragment([.table(table)]) == """
            <div class="dokument" lang="sv-SE">
              <div class="tabell" role="region" aria-label="Aktiviteter för mål 1.1" tabindex="0">
                <table class="kolumner-3" role="table">
                  <caption>Aktiviteter för mål 1.1</caption>
                  <colgroup>
                    <col class="bredd-35">
                    <col class="bredd-35">
                    <col class="bredd-35">
                  </colgroup>
                  <thead>
                    <tr role="row">
                      <th scope="col" role="columnheader">Aktivitet</th>
                      <th scope="colgroup" role="columnheader" colspan="2">Delmål</th>
                    </tr>
                  </thead>
                  <tbody>
                    <tr role="row">
                      <th scope="row" role="rowheader" data-label="Aktivitet" rowspan="2">ABC</th>
                      <td role="cell" data-label="Delmål">x</td>
                      <td role="cell" data-label="Delmål">y</td>
                    </tr>
                    <tr role="row">
                      <td role="cell" data-label="Delmål">z</td>
                      <td role="cell" data-label="Delmål">w</td>
                    </tr>
                  </tbody>
                </table>
              </div>
            </div>

            """)
    }

    @Test("a table without caption is labelled by its column headings; landscape tables are marked for print")
    func tableLabelAndLandscape() {
        let table = Table(columns: [Column(width: 1), Column(width: 1)], header: [Row([Cell("Vad"), Cell("När")])], body: [])
        let html = fragment([.sectionBreak(.landscape), .table(table), .sectionBreak(.portrait), .table(table)])
        #expect(html.contains(#"<div class="tabell liggande" role="region" aria-label="Vad, När" tabindex="0">"#))
        #expect(html.components(separatedBy: #"<div class="tabell" role="region""#).count == 2)
    }

    @Test("lists nest, items of one paragraph carry no p, inline formatting and links are elements")
    func listsAndInlines() {
        let html = fragment([
            .bulletList([
                ListItem([.paragraph([.text("ett "), .emphasis([.text("två")]), .text(" "), .strong([.text("tre")])]),
                          .numberedList([ListItem([.paragraph([.link([.text("SKR"), ], url: "https://skr.se")])])])]),
            ]),
        ])
        #expect(html.contains("<li>ett <em>två</em> <strong>tre</strong><ol>"))
        #expect(html.contains(#"<li><a href="https://skr.se">SKR</a></li>"#))
    }

    @Test("text and attributes are escaped; a link to javascript: or data: keeps its words but is no link")
    func escaping() {
        let html = fragment([
            .paragraph([.text(#"<script>alert("x")</script> & &amp; {{mustache}}"#)]),
            .paragraph([.link([.text("klicka")], url: "javascript:alert(1)"), .link([.text("bild")], url: " DATA:text/html,x")]),
            .paragraph([.link([.text("q")], url: #"https://example.se/?a="><img src=x onerror=alert(1)>"#)]),
        ])
        #expect(html.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &amp;amp; {{mustache}}"))
        #expect(html.contains("<p>klickabild</p>"))
        #expect(html.contains(#"<a href="https://example.se/?a=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">q</a>"#))
        #expect(!html.contains("<script") && !html.contains("<img"))
    }

    @Test("quotes, notes and page breaks")
    func quoteNoteBreak() {
        let html = fragment([.quote([.paragraph([.text("Röst")])]), .note(label: "Källa", [.paragraph([.text("SCB")])]), .pageBreak])
        #expect(html.contains(#"<blockquote class="citat">"#))
        #expect(html.contains(#"<div class="not" role="note">"#) && html.contains(#"<p class="not-etikett">Källa</p>"#))
        #expect(html.contains(#"<div class="sidbrytning"></div>"#))
    }
}
