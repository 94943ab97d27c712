import CourseCheck

// Expected matrices come from a Python port of Mesh TensorFlow's `_relative_position_bucket`
// (mesh_tensorflow/transformer/transformer_layers.py), filling B[i][j] = table[bucket(j − i)]
// for query i and key j, and pasted as literals. Every entry is a table value copied
// unchanged, so every comparison is exact.

/// The table whose entries equal their index: the bias matrix then shows the bucket numbers.
let biasCheckIndexTable = (0..<32).map(Double.init)

/// Whether `matrix` is `size` × `size`; reports the shape otherwise.
func biasCheckIsSquare(_ matrix: [[Double]], size: Int, call: String) -> Bool {
    let square = matrix.count == size && matrix.allSatisfy { $0.count == size }
    if !square {
        let shape = "\(matrix.count) rows of \(matrix.map { String($0.count) }.joined(separator: ", ")) values"
        expectTrue(false, "expected a \(size)×\(size) matrix, got \(shape)", call: call)
    }
    return square
}

let checks: [Check] = [
    Check("bidirectional, 4 tokens: rows are queries, columns keys", points: 2,
          hint: "B[i][j] uses the relative position j − i (key − query): B[0][1] is a key after the query, an upper-half bucket.") {
        expectEqual(t5BiasMatrix(length: 4, table: biasCheckIndexTable, bidirectional: true),
                    [[0, 17, 18, 19],
                     [1, 0, 17, 18],
                     [2, 1, 0, 17],
                     [3, 2, 1, 0]],
                    call: "t5BiasMatrix(length: 4, table: [0, 1, 2, …, 31], bidirectional: true)")
    },
    Check("causal, 5 tokens: keys after the query share bucket 0", points: 1,
          hint: "In causal mode the whole upper triangle is table[0].") {
        expectEqual(t5BiasMatrix(length: 5, table: biasCheckIndexTable, bidirectional: false),
                    [[0, 0, 0, 0, 0],
                     [1, 0, 0, 0, 0],
                     [2, 1, 0, 0, 0],
                     [3, 2, 1, 0, 0],
                     [4, 3, 2, 1, 0]],
                    call: "t5BiasMatrix(length: 5, table: [0, 1, 2, …, 31], bidirectional: false)")
    },
    Check("8 learned values, maximum distance 20", points: 2,
          hint: "The number of buckets is table.count, and maxDistance must be passed on to the bucket function.") {
        let table = [0.9, 0.4, -0.2, -0.5, 0.3, 0.1, -0.7, 1.2]
        expectEqual(t5BiasMatrix(length: 6, table: table, bidirectional: true, maxDistance: 20),
                    [[0.9, 0.1, -0.7, -0.7, -0.7, -0.7],
                     [0.4, 0.9, 0.1, -0.7, -0.7, -0.7],
                     [-0.2, 0.4, 0.9, 0.1, -0.7, -0.7],
                     [-0.2, -0.2, 0.4, 0.9, 0.1, -0.7],
                     [-0.2, -0.2, -0.2, 0.4, 0.9, 0.1],
                     [-0.2, -0.2, -0.2, -0.2, 0.4, 0.9]],
                    call: "t5BiasMatrix(length: 6, table: \(table), bidirectional: true, maxDistance: 20)")
        let causal = t5BiasMatrix(length: 12, table: table, bidirectional: false, maxDistance: 20)
        let call = "t5BiasMatrix(length: 12, table: \(table), bidirectional: false, maxDistance: 20)"
        if biasCheckIsSquare(causal, size: 12, call: call) {
            expectEqual(causal[11], [-0.7, -0.7, -0.7, 0.1, 0.1, 0.1, 0.3, 0.3, -0.5, -0.2, 0.4, 0.9], call: call + "[11]")
        }
    },
    Check.property("equal distance, equal bias: every diagonal is constant", points: 2, cases: 100,
                   hint: "Each entry may depend only on j − i, never on i or j alone; the main diagonal is distance 0, bucket 0.") { random in
        let length = random.int(in: 1...40)
        let numBuckets = 2 * random.int(in: 2...20)
        let table = random.doubles(count: numBuckets, in: -1...1)
        let maxDistance = random.int(in: numBuckets...200)
        let bidirectional = random.bool()
        let call = "t5BiasMatrix(length: \(length), table: \(table), bidirectional: \(bidirectional), maxDistance: \(maxDistance))"
        let matrix = t5BiasMatrix(length: length, table: table, bidirectional: bidirectional, maxDistance: maxDistance)
        guard biasCheckIsSquare(matrix, size: length, call: call) else { return }
        for i in 0..<length {
            expectEqual(matrix[i][i], table[0], call: call + "[\(i)][\(i)]")
        }
        for i in 0..<(length - 1) {
            for j in 0..<(length - 1) where matrix[i][j] != matrix[i + 1][j + 1] {
                expectTrue(false, "B[\(i)][\(j)] = \(matrix[i][j]) but B[\(i + 1)][\(j + 1)] = \(matrix[i + 1][j + 1]): same distance, different bias",
                           call: call)
                return
            }
        }
    },
]
