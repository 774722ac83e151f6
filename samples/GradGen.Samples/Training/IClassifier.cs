using System;

namespace GradGen.Samples.Training
{
    /// <summary>A model whose parameters are trained from the gradient of its loss on a batch of rows.</summary>
    public interface IClassifier
    {
        /// <summary>The name in tables and plots.</summary>
        string Name { get; }

        /// <summary>The arrays the optimiser changes, in the order of the loss's parameters.</summary>
        Array[] Parameters { get; }

        /// <summary>The mean loss over <paramref name="batch"/> (rows of <paramref name="data"/>), writing its exact gradient into <paramref name="gradients"/> (shaped as <see cref="Parameters"/>).</summary>
        double LossAndGradient(Digits data, int[] batch, Array[] gradients);

        /// <summary>The same gradient by the notebook's method, the centered difference, one parameter at a time.</summary>
        void NumericGradient(Digits data, int[] batch, Array[] gradients);

        /// <summary>The most likely digit for one row.</summary>
        int Predict(Digits data, int row);
    }
}
