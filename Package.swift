// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Handlingsplan",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "PlanModel", targets: ["PlanModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
    ],
    targets: [
        // The typed plan, its result-builder DSL and validation. Knows nothing about formats.
        .target(name: "PlanModel"),
        // The seed plans, written in the DSL. Compiled so `render` can list and render them.
        .target(name: "Examples", dependencies: ["PlanModel"], path: "examples"),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel"]),
        // The examples against their seed documents: fidelity, validation, JSON.
        .testTarget(name: "ExampleTests", dependencies: ["PlanModel", "Examples"]),
    ],
    swiftLanguageModes: [.v6]
)
