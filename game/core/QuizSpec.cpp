#include <core/QuizSpec.hpp>

#include <utility>

namespace yaddas::core {

QuizSpec QuizSpec::afterModule(std::string moduleId, std::uint64_t seed, std::size_t count) {
    QuizSpec spec;
    spec.shape = Shape::AfterModule;
    spec.modules.push_back(std::move(moduleId));
    spec.count = count;
    spec.seed = seed;
    return spec;
}

QuizSpec QuizSpec::mixedReview(std::uint64_t seed, std::size_t count) {
    QuizSpec spec;
    spec.shape = Shape::MixedReview;
    spec.count = count;
    spec.seed = seed;
    return spec;
}

QuizSpec QuizSpec::retakeMistakes(std::uint64_t seed, std::size_t count) {
    QuizSpec spec;
    spec.shape = Shape::RetakeMistakes;
    spec.count = count;
    spec.seed = seed;
    return spec;
}

QuizSpec QuizSpec::exam(std::vector<std::string> modules, std::vector<Category> categories,
                        std::size_t count, std::uint64_t seed) {
    QuizSpec spec;
    spec.shape = Shape::Exam;
    spec.modules = std::move(modules);
    spec.categories = std::move(categories);
    spec.count = count;
    spec.seed = seed;
    return spec;
}

} // namespace yaddas::core
