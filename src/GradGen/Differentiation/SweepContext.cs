using System;
using System.Collections.Generic;
using GradGen.Model;

namespace GradGen.Differentiation
{
    /// <summary>
    /// What the adjoint transform needs to know of the generated method its program goes into: the method, how to
    /// name a new local, how a parameter is spelled, where each parameter's derivative goes, and the seed.
    /// </summary>
    /// <param name="Unique">A fresh identifier from a preferred one, unique in the generated method.</param>
    /// <param name="Escape">A parameter's name as an identifier (<c>@double</c>).</param>
    /// <param name="Destinations">For each differentiable parameter (by name), the identifier of its destination.</param>
    /// <param name="Seed">Null to overwrite the destinations with the gradient; else the seed, times which the gradient is added to them.</param>
    /// <param name="DestinationsChecked">Whether the generated method has checked that no array destination is its own input (<c>ArrayCode.WriteShapeCheck</c>) nor any other array parameter of its type (<c>AliasChecks</c>), so that the sweeps may take a destination for an array distinct from every input. (<see cref="ElementAdds"/> uses the first only: a destination and its own input.)</param>
    /// <param name="FusesLastLoop">Whether the reverse step of the forward sweep's last loop may run inside it (<see cref="ReverseLoopFusion"/>): not where the emitter puts code of its own between the sweeps (the Jacobian's cotangent check).</param>
    /// <param name="ReadAfter">Locals the generated method reads once the forward sweep is done (a check of its own), kept however the body uses them.</param>
    internal sealed record SweepContext(
        MethodModel Method,
        Func<string, string> Unique,
        Func<string, string> Escape,
        IReadOnlyDictionary<string, string> Destinations,
        string? Seed,
        IReadOnlyCollection<string>? ReadAfter = null,
        bool DestinationsChecked = false,
        bool FusesLastLoop = false);
}
