#include <core/Symbol.hpp>

#include <deque>
#include <mutex>
#include <unordered_map>

namespace yaddas::core {
namespace {

struct Table {
    std::mutex mutex;
    std::deque<std::string> texts; // a deque never moves what it holds
    std::unordered_map<std::string_view, const std::string*> index;
};

Table& table() {
    static Table* t = new Table(); // never destroyed: symbols may outlive static destructors
    return *t;
}

} // namespace

const std::string* Symbol::empty_() {
    static const std::string* none = new std::string();
    return none;
}

const std::string* Symbol::intern(std::string_view text) {
    if (text.empty()) {
        return empty_();
    }
    Table& t = table();
    const std::lock_guard<std::mutex> lock(t.mutex);
    if (auto it = t.index.find(text); it != t.index.end()) {
        return it->second;
    }
    const std::string& kept = t.texts.emplace_back(text);
    t.index.emplace(std::string_view(kept), &kept);
    return &kept;
}

std::size_t Symbol::count() {
    Table& t = table();
    const std::lock_guard<std::mutex> lock(t.mutex);
    return t.texts.size();
}

} // namespace yaddas::core
