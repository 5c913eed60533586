#include <app/QuizReport.hpp>

namespace yaddas::app {
namespace {

double value(core::Outcome o) {
    return o == core::Outcome::Right ? 1.0 : o == core::Outcome::Partial ? 0.5 : 0.0;
}

} // namespace

double QuizReport::score() const {
    double s = 0.0;
    for (const Item& i : items) {
        s += value(i.outcome);
    }
    return s;
}

std::pair<double, int> QuizReport::scoreOf(core::Category category) const {
    double s = 0.0;
    int n = 0;
    for (const Item& i : items) {
        if (i.category == category) {
            s += value(i.outcome);
            ++n;
        }
    }
    return {s, n};
}

} // namespace yaddas::app
