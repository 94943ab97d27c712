import CourseCheck

let hiddenChecks: [Check] = [
    Check("negates the largest number", points: 1) {
        expectEqual(negated(Int.max), -Int.max, call: "negated(Int.max)")
    },
]
