// yaddas_fsrs_trace: replays rating sequences through our FSRS scheduler and prints every state,
// so that the differential test can compare them with the reference implementation (ts-fsrs).
//
// Input (stdin), one sequence per line:  n  time1 rating1  time2 rating2 …  (times in seconds)
// Output (stdout), one line per review:  sequence review phase step stability difficulty due days
#include <core/FsrsScheduler.hpp>

#include <cstdint>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>

int main() {
    using namespace yaddas::core;
    const FsrsScheduler scheduler;
    std::string line;
    long sequence = 0;
    while (std::getline(std::cin, line)) {
        if (line.empty()) {
            continue;
        }
        std::istringstream in(line);
        int count = 0;
        in >> count;
        MemoryState state;
        for (int i = 0; i < count; ++i) {
            std::int64_t time = 0;
            int rating = 0;
            if (!(in >> time >> rating) || rating < 1 || rating > 4) {
                std::cerr << "yaddas_fsrs_trace: bad input on sequence " << sequence << '\n';
                return 2;
            }
            state = scheduler.review(state, static_cast<Rating>(rating), time);
            std::printf("%ld %d %d %d %.10g %.10g %lld %d\n", sequence, i,
                        static_cast<int>(state.phase), state.step, state.stability,
                        state.difficulty, static_cast<long long>(state.due), state.scheduledDays);
        }
        ++sequence;
    }
    return 0;
}
