import SiteRenderer

/// libFuzzer's entry point: renders the bytes as a Markdown file outside any course.
///
/// Invalid UTF-8 is repaired, as `String(decoding:as:)` does. A `CourseError` is a correct
/// answer to bad input; only a crash, a hang or runaway memory is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let markdown = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? FragmentRenderer.render(markdown: markdown, path: "fuzz/input.md")
    return 0
}
