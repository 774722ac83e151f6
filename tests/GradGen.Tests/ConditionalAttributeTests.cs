using System.Linq;
using System.Reflection;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests
{
    /// <summary>
    /// The attributes are [Conditional("GRADGEN_USAGES")]: GradGen still sees them, but the user's assembly keeps no
    /// trace of them and so needs no GradGen assembly at run time.
    /// </summary>
    public class ConditionalAttributeTests
    {
        private const string Source = """
            using GradGen;
            namespace Demo;
            public static partial class Net
            {
                [Differentiable(Step = 1e-6)]
                public static double Scale(double x, [NoDerivative] double factor) => x * factor;
            }
            """;

        [Fact]
        public void AttributesAreNotCompiledIntoTheUsersAssembly()
        {
            var run = GeneratorHarness.Run(Source);
            var assembly = run.Load();

            Assert.NotEmpty(run.Sources);
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), name => name.Name == "GradGen.Attributes");
            var scale = assembly.GetType("Demo.Net")!.GetMethod("Scale")!;
            Assert.Empty(scale.GetCustomAttributesData());
            Assert.Empty(scale.GetParameters()[1].GetCustomAttributesData());
        }

        [Fact]
        public void DefiningTheSymbolKeepsThem()
        {
            var run = GeneratorHarness.Run("#define GRADGEN_USAGES\n" + Source);
            var assembly = run.Load();

            Assert.Contains(assembly.GetReferencedAssemblies(), name => name.Name == "GradGen.Attributes");
            var scale = assembly.GetType("Demo.Net")!.GetMethod("Scale", BindingFlags.Public | BindingFlags.Static, new[] { typeof(double), typeof(double) })!;
            Assert.Contains(scale.GetCustomAttributesData(), data => data.AttributeType.FullName == "GradGen.DifferentiableAttribute");
        }
    }
}
