// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ctime>
#include <vector>

/// What the map benchmarks (bench-map, bench-spots) time with.
namespace benchtiming {

/// CPU time of this thread: on a shared, loaded machine it shows the work apart from waiting.
inline double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// One figure's repetitions: wall clock and this thread's CPU, in milliseconds.
struct Samples
{
    std::vector<double> wallMs;
    std::vector<double> cpuMs;
};

} // namespace benchtiming
