#include <core/QuizReport.hpp>

namespace yaddas::core {
namespace {

double value(Outcome o) {
    return o == Outcome::Right ? 1.0 : o == Outcome::Partial ? 0.5 : 0.0;
}

} // namespace

double QuizReport::score() const {
    double s = 0.0;
    for (const Item& i : items) {
        s += value(i.outcome);
    }
    return s;
}

std::pair<double, int> QuizReport::scoreOf(Category category) const {
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

} // namespace yaddas::core
