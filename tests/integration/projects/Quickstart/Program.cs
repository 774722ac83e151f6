using Quickstart;

var failures = 0;
void Check(string what, double actual, double expected, double tolerance = 1e-6)
{
    var ok = Math.Abs(actual - expected) <= tolerance;
    failures += ok ? 0 : 1;
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what} = {actual:R} (expected {expected:R})");
}

var (da, db) = Functions.FGradient(3.0, 4.0);
Check("FGradient(3, 4).a", da, 10);
Check("FGradient(3, 4).b", db, 3);
Check("SquareForwardDiff(4) with GradGenDefaultStep 1e-3", Functions.SquareForwardDiff(4), 8.001);
Check("CoarseSquareForwardDiff(4) with Step = 1e-2", Functions.CoarseSquareForwardDiff(4), 8.01);
Check("SquareForwardDiff(4, step: 1e-4)", Functions.SquareForwardDiff(4, 1e-4), 8.0001);
var gradient = Functions.DotGradient(new[] { 1.0, 2.0 }, new[] { 5.0, 7.0 });
Check("DotGradient(w, x)[0]", gradient[0], 5);
Check("DotGradient(w, x)[1]", gradient[1], 7);
return failures == 0 ? 0 : 1;
