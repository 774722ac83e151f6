using System;
using System.IO;
using System.Reflection;

namespace GradGen.Samples
{
    /// <summary>Where the samples read their data and write their pictures: folders of the sample's own project.</summary>
    public static class SampleFiles
    {
        /// <summary>The project folder, recorded by the build (see the csproj), so that <c>dotnet run</c> works from any folder.</summary>
        public static string ProjectDirectory { get; } = ReadProjectDirectory();

        /// <summary>The committed pictures the README shows.</summary>
        public static string ImagePath(string fileName)
        {
            string folder = Path.Combine(ProjectDirectory, "images");
            Directory.CreateDirectory(folder);
            return Path.Combine(folder, fileName);
        }

        /// <summary>A data file shipped with the sample (see data/README.md for sources and licences).</summary>
        public static string DataPath(string fileName) => Path.Combine(ProjectDirectory, "data", fileName);

        private static string ReadProjectDirectory()
        {
            foreach (var metadata in typeof(SampleFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
            {
                if (metadata.Key == "GradGenSamplesDirectory" && metadata.Value is { Length: > 0 } value)
                {
                    return value;
                }
            }

            throw new InvalidOperationException("The build did not record the sample's project folder (AssemblyMetadata GradGenSamplesDirectory).");
        }
    }
}
