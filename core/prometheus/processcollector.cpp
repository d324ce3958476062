#include "processcollector.h"

#include <prometheus/metric_family.h>

#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

namespace wspulse {

namespace {

prometheus::MetricFamily one(const char *name, const char *help, prometheus::MetricType type, double value)
{
    prometheus::MetricFamily family{name, help, type, {}};
    prometheus::ClientMetric metric;
    if (type == prometheus::MetricType::Counter)
        metric.counter.value = value;
    else
        metric.gauge.value = value;
    family.metric.push_back(metric);
    return family;
}

int openDescriptors()
{
    int n = 0;
    if (DIR *dir = ::opendir("/proc/self/fd")) {
        while (const dirent *entry = ::readdir(dir))
            n += entry->d_name[0] != '.';
        ::closedir(dir);
        --n; // the one opendir() itself holds
    }
    return n;
}

double bootTimeSeconds()
{
    std::ifstream stat("/proc/stat");
    std::string key;
    double value = 0;
    while (stat >> key) {
        if (key == "btime" && stat >> value)
            return value;
        stat.ignore(1 << 16, '\n');
    }
    return 0;
}

} // namespace

std::vector<prometheus::MetricFamily> ProcessCollector::Collect() const
{
    std::vector<prometheus::MetricFamily> out;
    // /proc/self/stat: the command may hold spaces; fields count from after its ')'.
    std::ifstream statFile("/proc/self/stat");
    const std::string stat((std::istreambuf_iterator<char>(statFile)), std::istreambuf_iterator<char>());
    const size_t close = stat.rfind(')');
    if (close == std::string::npos)
        return out;
    std::istringstream fields(stat.substr(close + 2));
    std::string f[22]; // fields 3 .. 24 of proc(5)
    for (std::string &s : f)
        fields >> s;
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    const double pageSize = double(::sysconf(_SC_PAGESIZE));
    const double utime = std::stod(f[11]), stime = std::stod(f[12]);
    const double startTicks = std::stod(f[19]);
    const double vsize = std::stod(f[20]), rssPages = std::stod(f[21]);
    using prometheus::MetricType;
    out.push_back(one("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.",
                      MetricType::Counter, (utime + stime) / ticks));
    out.push_back(
        one("process_resident_memory_bytes", "Resident memory size in bytes.", MetricType::Gauge, rssPages * pageSize));
    out.push_back(one("process_virtual_memory_bytes", "Virtual memory size in bytes.", MetricType::Gauge, vsize));
    out.push_back(one("process_start_time_seconds", "Start time of the process since unix epoch in seconds.",
                      MetricType::Gauge, bootTimeSeconds() + startTicks / ticks));
    out.push_back(one("process_open_fds", "Number of open file descriptors.", MetricType::Gauge, openDescriptors()));
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0)
        out.push_back(one("process_max_fds", "Maximum number of open file descriptors.", MetricType::Gauge,
                          double(limit.rlim_cur)));
    return out;
}

} // namespace wspulse
