import OOXML

// `settings.xml`: the reference document's settings, minus what must not travel into a
// generated document (its template path, revision ids, protection, tracked changes), plus
// the document's language and the request to update fields (the table of contents and
// page numbers) when the file is opened.
enum SettingsPart {
    private static let dropped: Set<String> = [
        "w:writeProtection", "w:documentProtection", "w:attachedTemplate", "w:mailMerge", "w:trackRevisions",
        "w:rsids", "w:docVars", "w:proofState", "w:updateFields", "w:themeFontLang",
        // They point into a footnotes part, which generated documents do not have.
        "w:footnotePr", "w:endnotePr",
    ]

    static func part(reference: XMLPart?, language: String) -> XMLPart {
        let base = reference ?? defaultPart
        var root = base.root
        let kept = root.elements.filter { !dropped.contains($0.name) }
        let added = [
            Element("w:updateFields", val: "true"),
            Element("w:themeFontLang", [Attribute("w:val", language)]),
        ]
        root.children = SchemaOrder.sorted(kept + added, order: order).map(Node.element)
        return XMLPart(root: root, namespaces: base.namespaces)
    }

    /// The settings of the default reference document.
    static let defaultPart = XMLPart(root: Element("w:settings", elements: [
        Element("w:zoom", [Attribute("w:percent", "100")]),
        Element("w:defaultTabStop", val: "1304"),
        Element("w:hyphenationZone", val: "425"),
        Element("w:characterSpacingControl", val: "doNotCompress"),
        Element("w:compat", elements: [
            Element("w:compatSetting", [Attribute("w:name", "compatibilityMode"), Attribute("w:uri", "http://schemas.microsoft.com/office/word"),
                                        Attribute("w:val", "15")]),
        ]),
        Element("w:decimalSymbol", val: ","),
        Element("w:listSeparator", val: ";"),
    ]), namespaces: [.w])

    /// The schema's order of the settings' children.
    private static let order = [
        "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries",
        "displayBackgroundShape", "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData",
        "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts", "saveFormsData", "mirrorMargins",
        "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop",
        "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle", "proofState", "formsDesign",
        "attachedTemplate", "linkStyles", "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge",
        "revisionView", "trackRevisions", "doNotTrackMoves", "doNotTrackFormatting", "documentProtection",
        "autoFormatOverride", "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation",
        "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope", "summaryLength",
        "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting",
        "bookFoldPrintingSheets", "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
        "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin",
        "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
        "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter",
        "noLineBreaksBefore", "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml",
        "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml", "saveXmlDataOnly",
        "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags", "alwaysMergeEmptyNamespace", "updateFields",
        "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
    ].map { "w:" + $0 } + ["m:mathPr"] + [
        "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
        "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "shapeDefaults", "doNotEmbedSmartTags",
        "decimalSymbol", "listSeparator",
    ].map { "w:" + $0 }
}
