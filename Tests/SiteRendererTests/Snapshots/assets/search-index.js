window.courseSearchIndex = [
{"title":"First: the basics","section":"The 2-D case","url":"01-first.html#the-2-d-case","text":"A paragraph with emphasis, strong, code, and math θ_i = 10000^(−2i/d) inline. Quotes become “curly” – and dashes too."},
{"title":"First: the basics","section":"A subsection","url":"01-first.html#a-subsection","text":"/// Rotates one pair. func rotate(_ x: Double, _ y: Double, by angle: Double) -> (Double, Double) { (x * cos(angle) - y * sin(angle), x * sin(angle) + y * cos(angle)) } let s = \"angle \\(1.5) \u003c 2\" plain \u003coutput> & more Keep in mind Rotation keeps the norm. Why does the dot product depend only on m − n? Because R(a)ᵀR(b) = R(b − a). A plain quotation. first second loose item another See the second lesson, its relative part, this section, an external page and a bad one."},
{"title":"First: the basics","section":"The 2-D case","url":"01-first.html#the-2-d-case-2","text":"Same words, so this heading gets a numbered id."},
{"title":"Second","section":"Relative bias","url":"02-second.html#relative-bias","text":"Back to the first lesson. The same picture again: Escaping: \u003cnot a tag? no> 5 > 3 & “quotes”."}
];
