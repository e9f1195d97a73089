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
        .target(name: "PlanModel"),
        // The typed analysis report (fördjupad analys) and its result-builder DSL.
        .target(name: "AnalysisModel", dependencies: ["PlanModel"]),
        // The regional goals of Västra Götaland's plan; another region's goals go in a target like it.
        .target(name: "RegionVastraGotaland", dependencies: ["PlanModel"]),
        // The seed plans and reports, written in the DSL. Compiled so `render` can list and render them.
        .target(name: "Examples", dependencies: ["PlanModel", "AnalysisModel", "RegionVastraGotaland"], path: "examples"),
        // The format-neutral document tree between layouts and writers.
        .target(name: "DocumentModel"),
        // Plan → Document, with every fixed word from the label file.
        .target(name: "PlanLayout", dependencies: [
            "PlanModel", "DocumentModel", .product(name: "Yams", package: "Yams"),
        ]),
        // Analysis report → Document, with every fixed word and number format from the label file.
        .target(name: "AnalysisLayout", dependencies: ["AnalysisModel", "PlanModel", "DocumentModel", "PlanLayout"]),
        // The analysis derived from plans: who works on which regional goal, and the verksamhetslogik check.
        .target(name: "PlanAnalysis", dependencies: ["PlanModel", "AnalysisModel", "AnalysisLayout", "PlanLayout"]),
        // Document → plain text.
        .target(name: "TextWriter", dependencies: ["DocumentModel"]),
        // Document → accessible HTML, placed in the Mustache page frame from templates/html.
        .target(name: "HTMLWriter", dependencies: [
            "DocumentModel", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // Plans → the regional site's own pages (start page, a page per regional goal and
        // per fokusområde), as Documents.
        .target(name: "SiteLayout", dependencies: ["PlanModel", "DocumentModel", "PlanLayout"]),
        // The C libraries behind the Word writer: XML streaming and parsing, ZIP archives.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CLibZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        // Document → Word (.docx), styled by a reference document.
        .target(name: "DOCXWriter", dependencies: ["DocumentModel", "CLibXML2", "CLibZip"]),
        // The default templates (templates/) as package resources, for packages without their own.
        .target(name: "DefaultTemplates", path: "templates", exclude: ["README.md"], sources: ["DefaultTemplates.swift"],
                resources: [.copy("labels.sv.yaml"), .copy("html"), .copy("docx")]),
        // The pipeline behind the command line: templates, layouts, writers, atomic output.
        .target(name: "Rendering", dependencies: [
            "PlanModel", "DocumentModel", "PlanLayout", "TextWriter", "HTMLWriter", "SiteLayout", "DOCXWriter",
            "AnalysisModel", "AnalysisLayout", "PlanAnalysis", "DefaultTemplates",
        ]),
        // Reproducible plans of any size, shaped like the seeds, for benchmarks.
        .target(name: "SyntheticPlans", dependencies: ["PlanModel"]),
        // The command line over any catalogue of plans.
        .target(name: "RenderCLI", dependencies: [
            "Rendering", "PlanModel", "DocumentModel", "AnalysisModel", "DefaultTemplates",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // `swift run render`: the command line over the example plans.
        .executableTarget(name: "render", dependencies: ["RenderCLI", "Examples", "PlanModel", "RegionVastraGotaland"]),
        // In-process benchmarks (`make bench`); figures to read, not tests.
        .executableTarget(name: "bench", dependencies: [
            "Rendering", "Examples", "PlanModel", "AnalysisModel", "SyntheticPlans", "RegionVastraGotaland",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The same command line over plans with deliberate mistakes, for end-to-end tests.
        .executableTarget(name: "render-fixtures", dependencies: ["RenderCLI", "PlanModel"], path: "Tests/Fixtures"),

        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel"]),
        // The examples against their seed documents: fidelity, validation, JSON.
        .testTarget(name: "ExampleTests", dependencies: ["PlanModel", "AnalysisModel", "Examples", "RegionVastraGotaland"]),
        .testTarget(name: "LayoutTests", dependencies: [
            "PlanLayout", "PlanModel", "DocumentModel", "Examples", "AnalysisModel", "AnalysisLayout", "PlanAnalysis",
            "SiteLayout", "RegionVastraGotaland",
        ]),
        .testTarget(name: "WriterTests", dependencies: [
            "TextWriter", "DocumentModel", "PlanLayout", "Examples",
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__"]),
        // The analysis report: seed 004's tables and goal sections, the layout, and the
        // analysis derived from the example plans.
        .testTarget(name: "AnalysisTests", dependencies: [
            "AnalysisModel", "AnalysisLayout", "PlanAnalysis", "PlanLayout", "PlanModel", "DocumentModel", "TextWriter",
            "Examples",
        ]),
        // The HTML writer, the page templates and the regional site; validates every page
        // with the Nu Html Checker and audits it with axe-core (scripts/).
        .testTarget(name: "HTMLWriterTests", dependencies: [
            "HTMLWriter", "SiteLayout", "Rendering", "DocumentModel", "PlanLayout", "PlanModel", "Examples", "render",
            "RegionVastraGotaland",
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__"]),
        // The Word writer against the real readers: the schemas, LibreOffice, pandoc.
        .testTarget(name: "DOCXWriterTests", dependencies: [
            "DOCXWriter", "DocumentModel", "PlanLayout", "PlanModel", "Rendering", "Examples", "render",
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__"]),
        // Runs the built `render` executable as a user would.
        .testTarget(name: "EndToEndTests", dependencies: ["render", "render-fixtures", "bench", "PlanModel", "Examples"]),
    ],
    swiftLanguageModes: [.v6]
)
