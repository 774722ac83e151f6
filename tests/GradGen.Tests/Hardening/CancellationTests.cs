using System;
using System.Diagnostics;
using System.Threading;
using GradGen.Tests.Infrastructure;
using Xunit;

namespace GradGen.Tests.Hardening
{
    /// <summary>The IDE cancels generator runs on every keystroke; a cancelled run must stop, not finish its work.</summary>
    [Collection(HeavyTests.Name)]
    public class CancellationTests
    {
        [Fact]
        public void CancelledTokenStopsTheRunBeforeItStarts()
        {
            var compilation = GeneratorHarness.CreateCompilation(new[] { LargeInput.Source(50) });
            var driver = GeneratorHarness.CreateDriver();
            Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(compilation, new CancellationToken(canceled: true)));
        }

        [Fact]
        public void CancellingMidRunStopsPromptly()
        {
            // A fresh compilation each time, so that the run does the binding work it would in a build.
            var sources = LargeInput.Sources(400);
            GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.CreateCompilation(sources));
            var clock = Stopwatch.StartNew();
            GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.CreateCompilation(sources));
            var uncancelled = clock.Elapsed;

            // A run that finished before its timer fired proves nothing: try again, cancelling sooner.
            foreach (var fraction in new[] { 5, 20, 100, 5, 20, 100, 1000, 1000 })
            {
                using var cancellation = new CancellationTokenSource();
                var compilation = GeneratorHarness.CreateCompilation(sources);
                var cancelledAt = TimeSpan.Zero;
                cancellation.Token.Register(() => cancelledAt = clock.Elapsed);
                clock.Restart();

                // A thread of its own, not CancelAfter's timer: on a loaded two-core machine the thread pool can run
                // the timer only after the whole run has finished (seen in CI).
                var delay = uncancelled / fraction;
                var canceller = new Thread(() =>
                {
                    Thread.Sleep(delay);
                    cancellation.Cancel();
                })
                { IsBackground = true };
                canceller.Start();
                try
                {
                    GeneratorHarness.CreateDriver().RunGenerators(compilation, cancellation.Token);
                }
                catch (OperationCanceledException)
                {
                    var stoppedAt = clock.Elapsed;
                    canceller.Join();
                    Assert.True(stoppedAt - cancelledAt < TimeSpan.FromMilliseconds(500), "the run went on for " + (stoppedAt - cancelledAt) + " after it was cancelled");
                    return;
                }

                canceller.Join();
            }

            Assert.Fail("no run was cancelled; a full run takes " + uncancelled);
        }
    }
}
