import CourseCheck

// Hidden checks: run by `course grade` in the authors' repository and by the instructor's
// gradebook; a learner edition (`course release`) leaves this file out. Expected buckets as in
// checks.swift (the Python port of Mesh TensorFlow's `_relative_position_bucket`); exact
// comparisons.

let hiddenChecks: [Check] = [
    Check("bucket counts that are not multiples of 4", points: 1) {
        T5BucketCheckTable(relativePositions: bucketCheckOffsets,
                    buckets: [4, 4, 4, 4, 4, 4, 4, 3, 3, 2, 2, 2, 2, 1, 0, 6, 7, 7, 7, 7, 8, 8, 9, 9, 9, 9, 9, 9, 9],
                    bidirectional: true, numBuckets: 10, maxDistance: 40).expectMatches(showingDefaults: false)
        T5BucketCheckTable(relativePositions: bucketCheckOffsets,
                    buckets: [9, 9, 9, 9, 9, 8, 7, 7, 6, 5, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                    bidirectional: false, numBuckets: 10, maxDistance: 40).expectMatches(showingDefaults: false)
    },
]
