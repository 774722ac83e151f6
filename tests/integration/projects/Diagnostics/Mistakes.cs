using GradGen;

namespace Mistakes
{
    public static class NotPartial
    {
        [Differentiable]
        public static double Square(double x) => x * x;
    }

    public static partial class Data
    {
        [Differentiable(Step = 0)]
        public static double Scale(double x, string name) => x * name.Length;

        public static double Run()
        {
            return Cube(2);

            [Differentiable]
            static double Cube(double x) => x * x * x;
        }
    }
}
