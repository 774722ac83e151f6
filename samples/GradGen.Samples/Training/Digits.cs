using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace GradGen.Samples.Training
{
    /// <summary>
    /// The 8x8 handwritten digits (1,797 images, 10 classes), as scikit-learn ships them in digits.csv.gz: one image a
    /// line, 64 pixel counts from 0 to 16 then the digit. See data/README.md for the source and licence.
    /// </summary>
    public sealed class Digits
    {
        /// <summary>The shipped file's name under data/.</summary>
        public const string FileName = "digits.csv.gz";

        /// <summary>Pixels per image.</summary>
        public const int Pixels = 64;

        /// <summary>Digits 0 to 9.</summary>
        public const int Classes = 10;

        private Digits(double[,] images, int[] labels)
        {
            Images = images;
            Labels = labels;
        }

        /// <summary>One image a row, each pixel scaled from 0..16 to 0..1.</summary>
        public double[,] Images { get; }

        /// <summary>The digit each row shows.</summary>
        public int[] Labels { get; }

        /// <summary>The number of images.</summary>
        public int Count => Labels.Length;

        /// <summary>Reads the gzipped CSV file.</summary>
        public static Digits Load(string path)
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            var rows = reader.ReadToEnd()
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray())
                .ToArray();
            var images = new double[rows.Length, Pixels];
            var labels = new int[rows.Length];
            for (int r = 0; r < rows.Length; r++)
            {
                if (rows[r].Length != Pixels + 1)
                {
                    throw new InvalidDataException($"{path}: line {r + 1} has {rows[r].Length} values, not {Pixels + 1}.");
                }

                for (int p = 0; p < Pixels; p++)
                {
                    images[r, p] = rows[r][p] / 16.0;
                }

                labels[r] = rows[r][Pixels];
            }

            return new Digits(images, labels);
        }

        /// <summary>The rows, shuffled with <paramref name="seed"/>, cut into a training and a test set.</summary>
        public (int[] Train, int[] Test) Split(double testFraction, int seed)
        {
            var rows = Enumerable.Range(0, Count).ToArray();
            new Random(seed).Shuffle(rows);
            int test = (int)Math.Round(Count * testFraction);
            return (rows[test..], rows[..test]);
        }
    }
}
