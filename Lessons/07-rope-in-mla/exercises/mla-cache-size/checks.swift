import CourseCheck

// Expected counts worked out by hand from the formulas of DeepSeek-V2, sections 2.1.1 and
// 2.1.3 (Table 1), with the sizes of its section 3.1.2:
//   MHA: 2 · 128 · 128 = 32,768 per layer, · 60 = 1,966,080;
//   MLA: 512 + 64 = 576 per layer, · 60 = 34,560;
//   groups: 576 / (2 · 128) = 2.25;
//   per-head rotary keys: 512 + 128 · 64 = 8,704 per layer.
// Counts are integers and compared exactly; the group count is a ratio of small integers,
// so a relative tolerance of 1e-12 covers any order of the division.

let checks: [Check] = [
    Check("DeepSeek-V2 with standard multi-head attention", points: 1,
          hint: "A key and a value, each d_h numbers, for every head, in every layer.") {
        expectEqual(mhaCacheElements(heads: 128, headDim: 128, layers: 1), 32_768,
                    call: "mhaCacheElements(heads: 128, headDim: 128, layers: 1)")
        expectEqual(mhaCacheElements(heads: 128, headDim: 128, layers: 60), 1_966_080,
                    call: "mhaCacheElements(heads: 128, headDim: 128, layers: 60)")
    },
    Check("DeepSeek-V2 with MLA: 576 numbers per token and layer", points: 2,
          hint: "Only c^KV (d_c numbers) and the shared k^R (d_h^R numbers) are cached, in every layer.") {
        expectEqual(mlaCacheElements(latentDim: 512, ropeDim: 64, layers: 1), 576,
                    call: "mlaCacheElements(latentDim: 512, ropeDim: 64, layers: 1)")
        expectEqual(mlaCacheElements(latentDim: 512, ropeDim: 64, layers: 60), 34_560,
                    call: "mlaCacheElements(latentDim: 512, ropeDim: 64, layers: 60)")
    },
    Check("MLA caches as much as GQA with 2.25 groups", points: 1,
          hint: "Solve 2 · n_g · d_h = d_c + d_h^R for n_g, in Double.") {
        expectClose(equivalentGQAGroups(latentDim: 512, ropeDim: 64, headDim: 128), 2.25, tolerance: .relative(1e-12),
                    call: "equivalentGQAGroups(latentDim: 512, ropeDim: 64, headDim: 128)")
        expectEqual(gqaCacheElements(groups: 2, headDim: 128, layers: 60), 30_720,
                    call: "gqaCacheElements(groups: 2, headDim: 128, layers: 60)")
    },
    Check("a rotary key per head would cost 8,704 per layer", points: 1,
          hint: "Give each of the 128 heads its own 64-number rotary key: the cached rotary part becomes 128 · 64.") {
        expectEqual(mlaCacheElements(latentDim: 512, ropeDim: 128 * 64, layers: 1), 8_704,
                    call: "mlaCacheElements(latentDim: 512, ropeDim: 128 * 64, layers: 1)")
    },
    Check.property("the formulas agree with each other for any sizes", points: 2, cases: 200,
                   hint: "GQA with one group per head is MHA; multi-query attention is one group; d_c = 4 d_h and d_h^R = d_h / 2 give 4.5 d_h per layer.") { random in
        let heads = random.int(in: 1...256), headDim = 2 * random.int(in: 1...128), layers = random.int(in: 1...100)
        let latentDim = random.int(in: 1...2048), ropeDim = random.int(in: 1...256)
        expectEqual(gqaCacheElements(groups: heads, headDim: headDim, layers: layers),
                    mhaCacheElements(heads: heads, headDim: headDim, layers: layers),
                    call: "gqaCacheElements(groups: \(heads), headDim: \(headDim), layers: \(layers)) vs mhaCacheElements(heads: \(heads), …)")
        expectEqual(gqaCacheElements(groups: 1, headDim: headDim, layers: layers), 2 * headDim * layers,
                    call: "gqaCacheElements(groups: 1, headDim: \(headDim), layers: \(layers))")
        expectEqual(mlaCacheElements(latentDim: 4 * headDim, ropeDim: headDim / 2, layers: layers), 9 * headDim / 2 * layers,
                    call: "mlaCacheElements(latentDim: \(4 * headDim), ropeDim: \(headDim / 2), layers: \(layers))")
        let groups = equivalentGQAGroups(latentDim: latentDim, ropeDim: ropeDim, headDim: headDim)
        expectClose(2 * groups * Double(headDim * layers), Double(mlaCacheElements(latentDim: latentDim, ropeDim: ropeDim, layers: layers)),
                    tolerance: .relative(1e-12),
                    call: "2 · equivalentGQAGroups(latentDim: \(latentDim), ropeDim: \(ropeDim), headDim: \(headDim)) · \(headDim) · \(layers)")
    },
]
