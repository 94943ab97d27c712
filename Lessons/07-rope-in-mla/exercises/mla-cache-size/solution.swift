/// Multi-head attention: a key and a value per head per layer.
func mhaCacheElements(heads: Int, headDim: Int, layers: Int) -> Int {
    2 * heads * headDim * layers
}

/// Grouped-query attention: a key and a value per group per layer.
func gqaCacheElements(groups: Int, headDim: Int, layers: Int) -> Int {
    2 * groups * headDim * layers
}

/// MLA with decoupled RoPE: the latent c^KV and the shared rotary key k^R per layer.
func mlaCacheElements(latentDim: Int, ropeDim: Int, layers: Int) -> Int {
    (latentDim + ropeDim) * layers
}

/// The number of GQA groups whose cache equals MLA's.
func equivalentGQAGroups(latentDim: Int, ropeDim: Int, headDim: Int) -> Double {
    Double(latentDim + ropeDim) / Double(2 * headDim)
}
