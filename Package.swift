// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Handlingsplan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "render", targets: ["render"]),
        // What a municipality's own package depends on (see `render ny`): the DSL, a region's
        // goals, and the whole command line over its own plans, with the default templates.
        .library(name: "PlanModel", targets: ["PlanModel"]),
        .library(name: "RegionVastraGotaland", targets: ["RegionVastraGotaland"]),
        .library(name: "RenderCLI", targets: ["RenderCLI"]),
        .library(name: "DocumentModel", targets: ["DocumentModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The typed plan, its result-builder DSL and validation. Knows nothing about formats.
        .target(name: "PlanModel", dependencies: ["DocumentModel"]),
        // The typed analysis report (fördjupad analys) and its result-builder DSL.
        .target(name: "AnalysisModel", dependencies: ["PlanModel"]),
        // The regional goals of Västra Götaland's plan; another region's goals go in a target like it.
        .target(name: "RegionVastraGotaland", dependencies: ["PlanModel"]),
        // The seed plans and reports, written in the DSL. Compiled so `render` can list and render them.
        .target(name: "Examples", dependencies: ["PlanModel", "AnalysisModel", "RegionVastraGotaland"], path: "examples"),
        // The format-neutral document tree between layouts and writers.
        .target(name: "DocumentModel"),
        // The fixed words of every layout: the label file, times and numbers in its words.
        .target(name: "Wording", dependencies: [
            "PlanModel", "AnalysisModel", "DocumentModel", "CacheFiles", .product(name: "Yams", package: "Yams"),
        ]),
        // Plan → Document, with every fixed word from the label file.
        .target(name: "PlanLayout", dependencies: [
            "PlanModel", "DocumentModel", "Wording", "AnalysisModel",
        ]),
        // Analysis report → Document, with every fixed word and number format from the label file.
        .target(name: "AnalysisLayout", dependencies: ["AnalysisModel", "PlanModel", "DocumentModel", "PlanLayout", "Wording"]),
        // Reading files and folders with the operating system's reason when it fails, in Swedish.
        .target(name: "SystemFiles"),
        // Plans and a date → the yearly follow-up report; Kolada figures saved to disk.
        .target(name: "FollowUpLayout", dependencies: ["PlanModel", "AnalysisModel", "DocumentModel", "Wording", "SystemFiles"]),
        // The analysis derived from plans: who works on which regional goal, and the verksamhetslogik check.
        .target(name: "PlanAnalysis", dependencies: ["PlanModel", "AnalysisModel", "AnalysisLayout", "Wording", "DocumentModel"]),
        // Document → plain text.
        .target(name: "TextWriter", dependencies: ["DocumentModel"]),
        // Document → accessible HTML, placed in the Mustache page frame from templates/html.
        .target(name: "HTMLWriter", dependencies: [
            "DocumentModel", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // Plans → the regional site's own pages (start page, a page per regional goal and
        // per fokusområde), as Documents.
        .target(name: "SiteLayout", dependencies: ["PlanModel", "DocumentModel", "PlanLayout", "Wording"]),
        // The C libraries behind OOXML: XML parsing, ZIP archives, deflate.
        // A shared library loaded when first used: what CLibXML2 and CLibZip share.
        .target(name: "CLazyLibrary"),
        // libxml2's declarations (Debian's libxml2-dev) and the library itself loaded when first used.
        .target(name: "CLibXML2", dependencies: ["CLazyLibrary"]),
        // libzip's declarations (Debian's libzip-dev) and the library itself loaded when first used.
        .target(name: "CLibZip", dependencies: ["CLazyLibrary"]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // glibc's mallopt, which Swift's Glibc module does not expose (`HeapMode`).
        .systemLibrary(name: "CMalloc"),
        // Reading and writing OOXML packages: XML parts as trees or streams, ZIP archives,
        // relationships and content types. Shared by the Word writer and the importer.
        .target(name: "OOXML", dependencies: ["CLibXML2", "CLibZip", "CZlib", "CMalloc"]),
        // What one run keeps in the user's cache folder for the next: the folder, files' identities,
        // checksummed entries and their encoding (the dictionary image, the reference document).
        .target(name: "CacheFiles"),
        // libhyphen, for Swedish hyphenation with LibreOffice's patterns. Debian's libhyphen-dev
        // has no pkg-config file; the module map links "hyphen" itself.
        .systemLibrary(name: "CLibHyphen", providers: [.apt(["libhyphen-dev", "hyphen-sv"])]),
        // Soft hyphens in the long words of table cells (Document → Document), before the
        // Word and HTML writers.
        .target(name: "Hyphenation", dependencies: ["DocumentModel", "CLibHyphen", "CacheFiles"]),
        // Document → Word (.docx), styled by a reference document.
        .target(name: "DOCXWriter", dependencies: ["DocumentModel", "OOXML", "CacheFiles"]),
        // A Word handlingsplan (.docx) → DSL source, every guess told (`render import`).
        .target(name: "Importer", dependencies: ["OOXML", "PlanModel"]),
        // The default templates (templates/) as package resources, for packages without their own.
        .target(name: "DefaultTemplates", path: "templates", exclude: ["README.md"], sources: ["DefaultTemplates.swift"],
                resources: [.copy("labels.sv.yaml"), .copy("html"), .copy("docx")]),
        // The pipeline behind the command line: templates, layouts, writers, atomic output.
        .target(name: "Rendering", dependencies: [
            "PlanModel", "DocumentModel", "PlanLayout", "TextWriter", "HTMLWriter", "SiteLayout", "DOCXWriter",
            "AnalysisModel", "AnalysisLayout", "PlanAnalysis", "Wording", "Hyphenation", "FollowUpLayout", "DefaultTemplates", "CacheFiles",
            "SystemFiles",
        ]),
        // Reproducible plans of any size, shaped like the seeds, for benchmarks.
        .target(name: "SyntheticPlans", dependencies: ["PlanModel"]),
        // The command line over any catalogue of plans.
        .target(name: "RenderCLI", dependencies: [
            "Rendering", "PlanModel", "DocumentModel", "AnalysisModel", "Importer", "FollowUpLayout", "DefaultTemplates", "OOXML", "SystemFiles",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // `swift run render`: the command line over the example plans.
        .executableTarget(name: "render", dependencies: ["RenderCLI", "Examples", "PlanModel", "RegionVastraGotaland"]),
        // `render` that only starts and parses its arguments: the floor of the whole-process bench.
        .executableTarget(name: "start-floor", dependencies: ["RenderCLI", "Examples", "PlanModel", "RegionVastraGotaland"]),
        // In-process benchmarks (`make bench`); figures to read, not tests.
        .executableTarget(name: "bench", dependencies: [
            "Rendering", "Examples", "PlanModel", "AnalysisModel", "SyntheticPlans", "Importer", "RegionVastraGotaland",
            "OOXML", "CZlib", "DOCXWriter", "HTMLWriter", "Wording", "DocumentModel", "Hyphenation",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The same command line over plans with deliberate mistakes, for end-to-end tests.
        .executableTarget(name: "render-fixtures", dependencies: ["RenderCLI", "PlanModel"], path: "Tests/Fixtures"),

        // Every test process's own cache folder (XDG_CACHE_HOME), set before any test runs.
        .target(name: "CacheIsolation", path: "Tests/CacheIsolation"),

        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel"]),
        // The yearly follow-up: status counts against the examples, Kolada files, indicator charts.
        .testTarget(name: "FollowUpTests", dependencies: ["FollowUpLayout", "PlanModel", "DocumentModel", "Examples", "Wording"]),
        // The examples against their seed documents: fidelity, validation, JSON.
        .testTarget(name: "ExampleTests", dependencies: ["PlanModel", "AnalysisModel", "Examples", "RegionVastraGotaland"]),
        .testTarget(name: "LayoutTests", dependencies: [
            "PlanLayout", "PlanModel", "DocumentModel", "Examples", "AnalysisModel", "AnalysisLayout", "PlanAnalysis",
            "SiteLayout", "Wording", "FollowUpLayout", "RegionVastraGotaland",
        ]),
        .testTarget(name: "WriterTests", dependencies: ["CacheIsolation",
            "TextWriter", "HTMLWriter", "DocumentModel", "PlanLayout", "Examples", "Wording", "Hyphenation",
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__"]),
        // The analysis report: seed 004's tables and goal sections, the layout, and the
        // analysis derived from the example plans.
        .testTarget(name: "AnalysisTests", dependencies: [
            "AnalysisModel", "AnalysisLayout", "PlanAnalysis", "PlanModel", "DocumentModel", "TextWriter",
            "Examples", "Wording",
        ]),
        // The chart document both writers' tests draw (test data only).
        .target(name: "ChartSamples", dependencies: ["DocumentModel"], path: "Tests/ChartSamples"),
        // The HTML writer, the page templates and the regional site; validates every page
        // with the Nu Html Checker and audits it with axe-core (scripts/).
        .testTarget(name: "HTMLWriterTests", dependencies: ["CacheIsolation",
            "ChartSamples", "HTMLWriter", "SiteLayout", "Rendering", "DocumentModel", "PlanLayout", "PlanModel", "Examples", "render", "FollowUpLayout",
            "RegionVastraGotaland",
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            .product(name: "Mustache", package: "swift-mustache"),
        ], exclude: ["__Snapshots__"]),
        // The Word writer against the real readers: the schemas, LibreOffice, pandoc.
        .testTarget(name: "DOCXWriterTests", dependencies: ["CacheIsolation",
            "ChartSamples", "DOCXWriter", "OOXML", "DocumentModel", "PlanLayout", "PlanModel", "Rendering", "Examples", "render", "FollowUpLayout",
            "CLibXML2",
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__"],
        // libxml2's own xmlTextWriter, which XMLWriterTests write beside the writer's bytes.
        linkerSettings: [.linkedLibrary("xml2")]),
        // The PDFs of every example, made in one LibreOffice batch: tags, bookmarks, fonts,
        // PDF/UA checks, and the page numbers of contents lists and cross-references.
        .testTarget(name: "PDFTests", dependencies: ["CacheIsolation", "Rendering", "DocumentModel", "Examples", "Wording"]),
        // Hostile text in every slot of every layout and format, through the real validators.
        .testTarget(name: "HostileInputTests", dependencies: ["CacheIsolation",
            "PlanModel", "AnalysisModel", "DocumentModel", "Examples", "Rendering", "SystemFiles",
        ]),
        // The importer: times, Word's quirks, activity tables (the round trip is in EndToEndTests).
        .testTarget(name: "ImporterTests", dependencies: ["Importer", "OOXML", "PlanModel"]),
        // Runs the built `render` executable as a user would.
        .testTarget(name: "EndToEndTests", dependencies: ["CacheIsolation", "render", "render-fixtures", "bench", "PlanModel", "Examples"]),
    ],
    swiftLanguageModes: [.v6]
)
