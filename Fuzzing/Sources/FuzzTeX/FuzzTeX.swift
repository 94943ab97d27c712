import TeXMath

/// libFuzzer's entry point: renders the bytes as TeX, the first byte choosing inline or display.
///
/// The first byte picks the mode (odd: display, where `\tag` is allowed) so that both modes
/// share one corpus; the rest is the TeX. A `MathError` is a correct answer to bad input; only
/// a crash, a hang or runaway memory is a finding. A successful render must also be well
/// formed: every element it opens is closed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTeX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let display = data[0] & 1 == 1
    let tex = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    if let rendered = try? MathRenderer.render(tex, display: display) {
        precondition(rendered.mathML.hasPrefix("<math ") && rendered.mathML.hasSuffix("</math>"),
                     "MathML must be one <math> element")
    }
    return 0
}
