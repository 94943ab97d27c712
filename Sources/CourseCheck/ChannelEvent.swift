/// One record on the results channel, and its JSON form.
///
/// On the wire each event is one line, `NONCE {json}\n`, with keys in this fixed order:
///
/// ```text
/// {"event":"plan","checks":[{"check":"…","points":2,"hidden":false},…]}
/// {"event":"start","check":"…"}
/// {"event":"failure","check":"…","failure":{…}}
/// {"event":"result","check":"…","passed":false,"points":0,"maxPoints":2,"hidden":false,"hint":"…"|null,"failure":{…}|null}
/// {"event":"lost","check":"…","call":"…","reason":"ended"|"unreadable"|"silent"}
/// {"event":"done","checks":3}
/// ```
///
/// and a failure object is
/// `{"message":…,"call":…,"expected":…,"actual":…,"tolerance":…|null,"location":…|null,"seed":"0x…"|null,"caseIndex":n|null,"additionalFailures":n}`.
/// The seed travels as a hexadecimal string because JSON readers that turn numbers into
/// doubles would round a 64-bit seed.
enum ChannelEvent: Equatable {
    /// The checks that will run, before the first one.
    case plan([PlannedCheck])
    /// A check is about to run.
    case start(check: String)
    /// The first failure of the running check, sent as soon as it happens.
    case failure(check: String, CheckFailure)
    /// A check has finished.
    case result(CheckResult)
    /// Every check has finished; `checks` results were sent.
    case done(checks: Int)
    /// The learner's process gave no result for `call` of the running check.
    case lost(check: String, call: String, reason: LostWorker)

    /// The event as a JSON object.
    var json: JSONValue {
        switch self {
        case .plan(let checks):
            return .object([("event", .string("plan")), ("checks", .array(checks.map { check in
                .object([("check", .string(check.name)), ("points", .int(check.points)), ("hidden", .bool(check.hidden))])
            }))])
        case .start(let check):
            return .object([("event", .string("start")), ("check", .string(check))])
        case .failure(let check, let failure):
            return .object([("event", .string("failure")), ("check", .string(check)), ("failure", Self.encode(failure))])
        case .result(let result):
            return .object([
                ("event", .string("result")),
                ("check", .string(result.name)),
                ("passed", .bool(result.passed)),
                ("points", .int(result.points)),
                ("maxPoints", .int(result.maxPoints)),
                ("hidden", .bool(result.hidden)),
                ("hint", .optional(result.hint)),
                ("failure", result.failure.map(Self.encode) ?? .null),
            ])
        case .done(let checks):
            return .object([("event", .string("done")), ("checks", .int(checks))])
        case .lost(let check, let call, let reason):
            return .object([("event", .string("lost")), ("check", .string(check)), ("call", .string(call)),
                            ("reason", .string(reason.rawValue))])
        }
    }

    /// Reads an event back from its JSON object; `nil` if a field is missing or mistyped.
    init?(json: JSONValue) {
        switch json["event"]?.stringValue {
        case "plan":
            guard let items = json["checks"]?.arrayValue else { return nil }
            var checks: [PlannedCheck] = []
            for item in items {
                guard let name = item["check"]?.stringValue, let points = item["points"]?.intValue,
                      let hidden = item["hidden"]?.boolValue else { return nil }
                checks.append(PlannedCheck(name: name, points: points, hidden: hidden))
            }
            self = .plan(checks)
        case "start":
            guard let check = json["check"]?.stringValue else { return nil }
            self = .start(check: check)
        case "failure":
            guard let check = json["check"]?.stringValue,
                  let failure = json["failure"].flatMap(Self.decodeFailure) else { return nil }
            self = .failure(check: check, failure)
        case "result":
            guard let name = json["check"]?.stringValue,
                  let passed = json["passed"]?.boolValue,
                  let points = json["points"]?.intValue,
                  let maxPoints = json["maxPoints"]?.intValue,
                  let hidden = json["hidden"]?.boolValue,
                  let hint = json["hint"].flatMap(Self.optionalString),
                  let failureValue = json["failure"] else { return nil }
            var failure: CheckFailure?
            if !failureValue.isNull {
                guard let decoded = Self.decodeFailure(failureValue) else { return nil }
                failure = decoded
            }
            self = .result(CheckResult(name: name, passed: passed, points: points, maxPoints: maxPoints, hidden: hidden, hint: hint, failure: failure))
        case "done":
            guard let checks = json["checks"]?.intValue else { return nil }
            self = .done(checks: checks)
        case "lost":
            guard let check = json["check"]?.stringValue, let call = json["call"]?.stringValue,
                  let reason = json["reason"]?.stringValue.flatMap(LostWorker.init(rawValue:)) else { return nil }
            self = .lost(check: check, call: call, reason: reason)
        default:
            return nil
        }
    }

    /// A failure as a JSON object.
    static func encode(_ failure: CheckFailure) -> JSONValue {
        .object([
            ("message", .string(failure.message)),
            ("call", .string(failure.call)),
            ("expected", .string(failure.expected)),
            ("actual", .string(failure.actual)),
            ("tolerance", .optional(failure.tolerance)),
            ("location", .optional(failure.location)),
            ("seed", failure.seed.map { .string("0x" + String($0, radix: 16)) } ?? .null),
            ("caseIndex", failure.caseIndex.map(JSONValue.int) ?? .null),
            ("additionalFailures", .int(failure.additionalFailures)),
        ])
    }

    /// A failure read back from its JSON object.
    static func decodeFailure(_ json: JSONValue) -> CheckFailure? {
        guard let message = json["message"]?.stringValue,
              let call = json["call"]?.stringValue,
              let expected = json["expected"]?.stringValue,
              let actual = json["actual"]?.stringValue,
              let tolerance = json["tolerance"].flatMap(optionalString),
              let location = json["location"].flatMap(optionalString),
              let seedText = json["seed"].flatMap(optionalString),
              let caseValue = json["caseIndex"],
              let additional = json["additionalFailures"]?.intValue else { return nil }
        var seed: UInt64?
        if let seedText {
            guard seedText.hasPrefix("0x"), let value = UInt64(seedText.dropFirst(2), radix: 16) else { return nil }
            seed = value
        }
        var caseIndex: Int?
        if !caseValue.isNull {
            guard let value = caseValue.intValue else { return nil }
            caseIndex = value
        }
        return CheckFailure(
            message: message, call: call, expected: expected, actual: actual, tolerance: tolerance,
            location: location, seed: seed, caseIndex: caseIndex, additionalFailures: additional
        )
    }

    /// `.some(nil)` for `null`, `.some(text)` for a string, `nil` (malformed) otherwise.
    private static func optionalString(_ json: JSONValue) -> String?? {
        if json.isNull { return .some(nil) }
        if let text = json.stringValue { return .some(text) }
        return nil
    }
}
