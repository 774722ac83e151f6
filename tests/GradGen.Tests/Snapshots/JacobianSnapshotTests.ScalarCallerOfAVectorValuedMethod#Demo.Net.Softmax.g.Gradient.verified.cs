//HintName: Demo.Net.Softmax.g.cs
//Kind: Gradient
        [global::System.CodeDom.Compiler.GeneratedCodeAttribute("GradGen", "{version}")]
        [global::System.ThreadStatic]
        [global::System.Diagnostics.DebuggerBrowsable(global::System.Diagnostics.DebuggerBrowsableState.Never)]
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        private static double[]? gradGenValueTape_SoftmaxVectorJacobianProduct;
