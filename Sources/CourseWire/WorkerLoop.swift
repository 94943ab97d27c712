#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The learner's side of a grading run: the generated `main.swift` of the worker calls
/// ``serve(api:call:)``, which answers the checks' calls one at a time until they close the pipe.
///
/// Requests arrive on fd 5 (`UInt16` function number, then the arguments); each answer goes
/// to fd 6 (the result). The worker is untrusted: whatever it sends is only data that the
/// checks, in their own process, decode and judge.
public enum WorkerLoop {
    /// The descriptor requests arrive on in the worker (responses arrive on it in the checks).
    public static let inputDescriptor: Int32 = 5
    /// The descriptor answers leave on in the worker (requests leave on it in the checks).
    public static let outputDescriptor: Int32 = 6

    /// How the worker answers, chosen by its first argument (`course check` uses the
    /// degenerate modes to prove that no check rewards a do-nothing answer).
    public enum Mode: String, Sendable, CaseIterable {
        /// The function's own result.
        case real
        /// The result's shape with every number 0 (a body that returns zeros).
        case zeros
        /// The first argument of the result's type, else zeros (a body that returns its input).
        case identity
        /// 0, false, "", [] or nil (a body that returns an empty value).
        case empty
        /// The result's shape with every Double NaN.
        case nan
    }

    /// One function of the exercise's API: its parameter types and result type.
    public struct Signature: Sendable {
        public let parameters: [WireType]
        public let result: WireType
        public init(parameters: [WireType], result: WireType) {
            self.parameters = parameters
            self.result = result
        }
    }

    /// Serves requests until the checks close the pipe, then exits 0.
    ///
    /// `call` decodes the arguments of function `index` from the reader, calls the learner's
    /// function and returns the encoded result.
    public static func serve(api: [Signature], call: (Int, inout WireReader) throws(WireError) -> [UInt8]) -> Never {
        let arguments = CommandLine.arguments
        let mode = arguments.count > 1 ? Mode(rawValue: arguments[1]) ?? .real : .real
        let pipe = WirePipe(input: inputDescriptor, output: outputDescriptor)
        signal(SIGPIPE, SIG_IGN)
        while true {
            let request: [UInt8]
            do {
                guard let received = try pipe.receive() else { exit(0) }
                request = received
            } catch {
                fail("cannot read a request: \(error)")
            }
            var reader = WireReader(request)
            do {
                let index = Int(try reader.readUInt16())
                guard api.indices.contains(index) else { throw WireError.malformed("no function number \(index)") }
                let arguments = reader
                var answer = try call(index, &reader)
                if mode != .real {
                    answer = try degenerate(answer, mode: mode, signature: api[index], arguments: arguments)
                }
                fflush(nil)
                try pipe.send(answer)
            } catch {
                fail("cannot answer a request: \(error)")
            }
        }
    }

    /// The answer a degenerate body would have given, built from the real one.
    static func degenerate(_ answer: [UInt8], mode: Mode, signature: Signature, arguments: WireReader) throws(WireError) -> [UInt8] {
        var answerReader = WireReader(answer)
        let real = try WireDynamic.read(signature.result, from: &answerReader)
        let value: WireDynamic
        switch mode {
        case .real: value = real
        case .zeros: value = real.zeroed
        case .nan: value = real.poisoned
        case .empty: value = signature.result.emptyValue
        case .identity:
            var reader = arguments
            var same: WireDynamic?
            for type in signature.parameters {
                let argument = try WireDynamic.read(type, from: &reader)
                if type == signature.result && same == nil { same = argument }
            }
            value = same ?? real.zeroed
        }
        var writer = WireWriter()
        value.write(to: &writer)
        return writer.bytes
    }

    private static func fail(_ message: String) -> Never {
        let text = Array("course worker: \(message)\n".utf8)
        _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        exit(70)
    }
}
