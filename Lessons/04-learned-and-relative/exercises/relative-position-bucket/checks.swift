import CourseCheck

// Expected buckets come from a line-by-line Python port of Mesh TensorFlow's
// `_relative_position_bucket` (mesh_tensorflow/transformer/transformer_layers.py), run
// with float64 and with float32 logarithms (the two agree for every |relative position|
// ≤ 3000 and every bucket setting used here), and pasted as literals. Buckets are
// integers, so every comparison is exact.

/// One bucket table: relative positions and the buckets the reference gives them.
struct T5BucketCheckTable: Sendable {
    let relativePositions: [Int]
    let buckets: [Int]
    let bidirectional: Bool
    let numBuckets: Int
    let maxDistance: Int

    /// Compares the learner's function with the table, one call at a time, so a failure
    /// names the exact call.
    func expectMatches(showingDefaults: Bool) {
        for (relative, expected) in zip(relativePositions, buckets) {
            let actual = relativePositionBucket(relative, bidirectional: bidirectional,
                                                numBuckets: numBuckets, maxDistance: maxDistance)
            let extra = showingDefaults ? "" : ", numBuckets: \(numBuckets), maxDistance: \(maxDistance)"
            expectEqual(actual, expected, call: "relativePositionBucket(\(relative), bidirectional: \(bidirectional)\(extra))")
        }
    }
}

/// Distances back from the query used by the default-setting tables: both sides of every
/// bucket edge up to 1,000.
private let bucketCheckDistances = [0, 1, 2, 7, 8, 9, 11, 12, 15, 16, 20, 22, 23, 31, 32, 45, 46, 63, 64, 90, 91, 127, 128, 1000]

/// Relative positions used for the non-default settings.
let bucketCheckOffsets = [-300, -100, -64, -40, -33, -20, -17, -12, -9, -5, -4, -3, -2, -1, 0,
                          1, 2, 3, 4, 5, 9, 12, 17, 20, 33, 40, 64, 100, 300]

let checks: [Check] = [
    Check("bidirectional: keys before the query use buckets 0–15", points: 2,
          hint: "A key before the query has a negative relative position (key − query). Distances 0–7 are exact; from 8 on, the buckets widen logarithmically up to 15.") {
        T5BucketCheckTable(relativePositions: bucketCheckDistances.map { -$0 },
                    buckets: [0, 1, 2, 7, 8, 8, 8, 9, 9, 10, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 15, 15],
                    bidirectional: true, numBuckets: 32, maxDistance: 128).expectMatches(showingDefaults: true)
    },
    Check("bidirectional: keys after the query use buckets 17–31", points: 2,
          hint: "Keys after the query (relative position > 0) get the same distance rule plus numBuckets / 2 = 16.") {
        T5BucketCheckTable(relativePositions: bucketCheckDistances,
                    buckets: [0, 17, 18, 23, 24, 24, 24, 25, 25, 26, 26, 26, 27, 27, 28, 28, 29, 29, 30, 30, 31, 31, 31, 31],
                    bidirectional: true, numBuckets: 32, maxDistance: 128).expectMatches(showingDefaults: true)
    },
    Check("causal: keys before the query use all 32 buckets", points: 2,
          hint: "In causal mode nothing is halved: 16 exact buckets, then 16 logarithmic ones up to bucket 31.") {
        T5BucketCheckTable(relativePositions: bucketCheckDistances.map { -$0 },
                    buckets: [0, 1, 2, 7, 8, 9, 11, 12, 15, 16, 17, 18, 18, 21, 21, 23, 24, 26, 26, 29, 29, 31, 31, 31],
                    bidirectional: false, numBuckets: 32, maxDistance: 128).expectMatches(showingDefaults: true)
    },
    Check("causal: keys after the query all land in bucket 0", points: 1,
          hint: "In causal mode, n = max(−relativePosition, 0).") {
        T5BucketCheckTable(relativePositions: [1, 2, 5, 100, 5000], buckets: [0, 0, 0, 0, 0],
                    bidirectional: false, numBuckets: 32, maxDistance: 128).expectMatches(showingDefaults: true)
        // A function that always answers 0 would pass the line above, so two keys before the
        // query, which must not land in bucket 0, are pinned too (from the causal table above).
        T5BucketCheckTable(relativePositions: [-1, -20], buckets: [1, 17],
                    bidirectional: false, numBuckets: 32, maxDistance: 128).expectMatches(showingDefaults: true)
    },
    Check("other bucket counts and maximum distances", points: 2,
          hint: "Use numBuckets and maxDistance everywhere instead of 32 and 128, including in maxExact.") {
        T5BucketCheckTable(relativePositions: bucketCheckOffsets,
                    buckets: [7, 7, 7, 7, 7, 6, 6, 5, 5, 4, 4, 3, 2, 1, 0, 9, 10, 11, 12, 12, 13, 13, 14, 14, 15, 15, 15, 15, 15],
                    bidirectional: true, numBuckets: 16, maxDistance: 64).expectMatches(showingDefaults: false)
        T5BucketCheckTable(relativePositions: bucketCheckOffsets,
                    buckets: [15, 15, 15, 14, 13, 11, 10, 9, 8, 5, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                    bidirectional: false, numBuckets: 16, maxDistance: 64).expectMatches(showingDefaults: false)
        T5BucketCheckTable(relativePositions: bucketCheckOffsets,
                    buckets: [31, 26, 24, 21, 20, 17, 16, 12, 9, 5, 4, 3, 2, 1, 0, 33, 34, 35, 36, 37, 41, 44, 48, 49, 52, 53, 56, 58, 63],
                    bidirectional: true, numBuckets: 64, maxDistance: 256).expectMatches(showingDefaults: false)
        T5BucketCheckTable(relativePositions: bucketCheckOffsets,
                    buckets: [63, 49, 42, 35, 32, 20, 17, 12, 9, 5, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                    bidirectional: false, numBuckets: 64, maxDistance: 256).expectMatches(showingDefaults: false)
    },
    // Every distance up to maxDistance + 1 (where the logarithmic buckets change), then every
    // 37th up to 1,200 and 1,200 itself (past maxDistance every bucket is clamped, so a
    // sample shows whether it stays put): ~1,100 calls a case instead of 2,402, since each
    // call crosses to the learner's process and back (~7 µs).
    Check.property("buckets stay in range, never decrease with distance, and end in the last bucket", points: 2, cases: 25,
                   hint: "Clamp the logarithmic bucket at buckets − 1, and compute the logarithm in Double. At distance maxDistance the logarithm's fraction is exactly 1.") { random in
        let numBuckets = 2 * random.int(in: 2...40)
        let maxDistance = random.int(in: numBuckets...1000)
        let bidirectional = random.bool()
        let extra = "bidirectional: \(bidirectional), numBuckets: \(numBuckets), maxDistance: \(maxDistance)"
        let distances = Array(0...(maxDistance + 1)) + Array(stride(from: maxDistance + 38, to: 1200, by: 37)) + [1200]
        var previous = (distance: 0, before: 0, after: 0)
        for distance in distances {
            let before = relativePositionBucket(-distance, bidirectional: bidirectional, numBuckets: numBuckets, maxDistance: maxDistance)
            let after = relativePositionBucket(distance, bidirectional: bidirectional, numBuckets: numBuckets, maxDistance: maxDistance)
            for (relative, bucket) in [(-distance, before), (distance, after)] where !(0..<numBuckets).contains(bucket) {
                expectTrue(false, "the bucket must be in 0..<\(numBuckets), got \(bucket)",
                           call: "relativePositionBucket(\(relative), \(extra))")
                return
            }
            if distance > 0 && (before < previous.before || after < previous.after) {
                let relative = before < previous.before ? -distance : distance
                expectTrue(false, "the bucket decreased as the distance grew from \(previous.distance) to \(distance)",
                           call: "relativePositionBucket(\(relative), \(extra))")
                return
            }
            previous = (distance, before, after)
        }
        // At distance maxDistance the fraction log(n / maxExact) / log(maxDistance / maxExact) is 1,
        // so the logarithmic bucket overshoots and is clamped to the last bucket of its half.
        let lastBefore = bidirectional ? numBuckets / 2 - 1 : numBuckets - 1
        expectEqual(relativePositionBucket(-maxDistance, bidirectional: bidirectional, numBuckets: numBuckets, maxDistance: maxDistance),
                    lastBefore, call: "relativePositionBucket(\(-maxDistance), \(extra))")
    },
    Check.property("bidirectional: after = before + numBuckets / 2", points: 1, cases: 100,
                   hint: "The two directions share the distance rule; only the offset of the upper half differs.") { random in
        let numBuckets = 2 * random.int(in: 2...40)
        let maxDistance = random.int(in: numBuckets...1000)
        let distance = random.int(in: 1...2000)
        let before = relativePositionBucket(-distance, bidirectional: true, numBuckets: numBuckets, maxDistance: maxDistance)
        let after = relativePositionBucket(distance, bidirectional: true, numBuckets: numBuckets, maxDistance: maxDistance)
        expectEqual(after - before, numBuckets / 2,
                    call: "relativePositionBucket(\(distance), bidirectional: true, numBuckets: \(numBuckets), maxDistance: \(maxDistance)) − relativePositionBucket(\(-distance), …)")
    },
]
