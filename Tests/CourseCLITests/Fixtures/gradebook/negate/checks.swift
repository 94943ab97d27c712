import CourseCheck

let checks: [Check] = [
    Check("negates a positive number", points: 1) {
        expectEqual(negated(3), -3, call: "negated(3)")
    },
    Check("negates a negative number", points: 2) {
        expectEqual(negated(-7), 7, call: "negated(-7)")
    },
]
