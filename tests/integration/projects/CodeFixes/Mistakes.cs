using GradGen;

namespace Mistakes
{
    public static class Outer
    {
        public class NotPartial
        {
            [Differentiable]
            public static double Square(double x) => x * x;
        }
    }

    public static partial class Data
    {
        [Differentiable]
        public static double Scale(double x, string name) => x * x;

        [Differentiable]
        public static double Count(double x, ref int calls) => x * calls;

        [Differentiable(Step = -1)]
        public static double Cube(double x) => x * x * x;
    }
}
