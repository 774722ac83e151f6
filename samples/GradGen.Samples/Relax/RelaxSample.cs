using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using ScottPlot;

namespace GradGen.Samples.Relax
{
    /// <summary>
    /// <c>-- relax</c>: a cloth of n x n nodes and springs (sides and diagonals), held at its four corners, relaxes under
    /// its weight by gradient descent on its <see cref="Vector3"/> positions, with the exact gradient GradGen writes for
    /// <see cref="SpringMesh.Energy"/> (a <c>Vector3[]</c>).
    /// </summary>
    public static class RelaxSample
    {
        /// <summary>The picture this sample writes under images/.</summary>
        public const string ImageFile = "spring-mesh.png";

        /// <summary>The springs' stiffness k.</summary>
        public const float Stiffness = 20f;

        /// <summary>Each node's weight w: its energy is w z.</summary>
        public const float Weight = 0.5f;

        /// <summary>
        /// The mesh: nodes in the plane z = 0 (row i at y = i), springs between neighbours and across each square, each
        /// at rest at its length in the flat mesh.
        /// </summary>
        public static (Vector3[] Nodes, int[] From, int[] To, float[] RestLengths) Mesh(int n)
        {
            var nodes = new Vector3[n * n];
            var from = new List<int>();
            var to = new List<int>();
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    nodes[(i * n) + j] = new Vector3(j, i, 0);
                    void Spring(int a, int b)
                    {
                        from.Add(a);
                        to.Add(b);
                    }

                    if (j + 1 < n)
                    {
                        Spring((i * n) + j, (i * n) + j + 1);
                    }

                    if (i + 1 < n)
                    {
                        Spring((i * n) + j, ((i + 1) * n) + j);
                    }

                    if (i + 1 < n && j + 1 < n)
                    {
                        Spring((i * n) + j, ((i + 1) * n) + j + 1);
                        Spring((i * n) + j + 1, ((i + 1) * n) + j);
                    }
                }
            }

            var rest = from.Select((a, s) => Vector3.Distance(nodes[a], nodes[to[s]])).ToArray();
            return (nodes, from.ToArray(), to.ToArray(), rest);
        }

        /// <summary>
        /// Gradient descent with a fixed step, the four corners held: after each step the energy, and the largest force
        /// |dE/dp| on a free node. Returns them for every step.
        /// </summary>
        public static (List<float> Energies, List<float> Forces) Relax(Vector3[] nodes, int[] from, int[] to, float[] rest, int n, int steps, float rate = 0.012f)
        {
            var energies = new List<float> { SpringMesh.Energy(nodes, from, to, rest, Stiffness, Weight) };
            var forces = new List<float>();
            var gradient = new Vector3[nodes.Length];
            var corners = new[] { 0, n - 1, n * (n - 1), (n * n) - 1 };
            for (var step = 0; step < steps; step++)
            {
                SpringMesh.EnergyGradient(nodes, from, to, rest, Stiffness, Weight, gradient);
                var largest = 0f;
                for (var k = 0; k < nodes.Length; k++)
                {
                    if (Array.IndexOf(corners, k) >= 0)
                    {
                        continue;
                    }

                    nodes[k] -= rate * gradient[k];
                    largest = Math.Max(largest, gradient[k].Length());
                }

                forces.Add(largest);
                energies.Add(SpringMesh.Energy(nodes, from, to, rest, Stiffness, Weight));
            }

            return (energies, forces);
        }

        /// <summary>Relaxes an 8 x 8 cloth, prints the energy and force as it goes, and draws it from the side.</summary>
        public static void Run()
        {
            const int n = 8;
            const int steps = 3000;
            var (nodes, from, to, rest) = Mesh(n);
            var flat = (Vector3[])nodes.Clone();
            Console.WriteLine($"A {n} x {n} cloth of {from.Length} springs (k = {Stiffness}, at rest when flat), weight {Weight} per node, held at its corners:");
            Console.WriteLine($"gradient descent on Vector3[] positions with SpringMesh.EnergyGradient (exact), {steps} steps");
            var (energies, forces) = Relax(nodes, from, to, rest, n, steps);
            Console.WriteLine($"  {"step",6} {"energy",12} {"max |dE/dp|",12}");
            foreach (var step in new[] { 0, 10, 100, 1000, steps - 1 })
            {
                Console.WriteLine($"  {step + 1,6} {energies[step + 1],12:0.000000} {forces[step],12:0.0E+00}");
            }

            var path = SampleFiles.ImagePath(ImageFile);
            Plot(flat, nodes, from, to).SavePng(path, 900, 600);
            Console.WriteLine($"Wrote {path}");
        }

        private static Plot Plot(Vector3[] flat, Vector3[] relaxed, int[] from, int[] to)
        {
            var plot = new Plot();
            void Draw(Vector3[] nodes, Color color, string legend)
            {
                for (var s = 0; s < from.Length; s++)
                {
                    var line = plot.Add.Line(nodes[from[s]].Y, nodes[from[s]].Z, nodes[to[s]].Y, nodes[to[s]].Z);
                    line.Color = color;
                    line.LineWidth = 1.5f;
                    if (s == 0)
                    {
                        line.LegendText = legend;
                    }
                }
            }

            Draw(flat, Colors.Gray.WithAlpha(.6), "before: flat, z = 0");
            Draw(relaxed, Colors.SteelBlue, "after gradient descent with the exact Vector3[] gradient");
            plot.Title("A cloth of springs held at its four corners, seen from the side");
            plot.XLabel("y");
            plot.YLabel("z");
            plot.Axes.SquareUnits();
            plot.ShowLegend(Alignment.UpperRight);
            return plot;
        }
    }
}
