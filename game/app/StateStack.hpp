#pragma once

#include <app/ScreenId.hpp>
#include <app/State.hpp>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace yaddas::app {

/// The screens, top one active. Push, pop and reset requests wait in a queue until
/// applyPending(), which the loop calls after the event pass.
class StateStack {
public:
    using Factory = std::function<std::unique_ptr<State>(StateStack&, Context&)>;

    explicit StateStack(Context& context) : context_(&context) {}

    template <class Screen> void add(ScreenId id) {
        factories_[id] = [](StateStack& stack, Context& context) {
            return std::make_unique<Screen>(stack, context);
        };
    }

    void push(ScreenId id) { pending_.push_back({Change::Push, id}); }
    void pop() { pending_.push_back({Change::Pop, ScreenId::Welcome}); }
    void reset(ScreenId id) { pending_.push_back({Change::Reset, id}); }

    /// Applies the queued changes; returns true when any was applied.
    bool applyPending();
    bool empty() const { return stack_.empty(); }
    State* top() { return stack_.empty() ? nullptr : stack_.back().get(); }
    void handleEvent(const sf::Event& event);
    void draw(Painter& painter);
    /// Lays out every screen again (window resized, settings changed).
    void relayoutAll();

private:
    enum class Change { Push, Pop, Reset };
    struct Pending {
        Change change;
        ScreenId id;
    };

    Context* context_;
    std::map<ScreenId, Factory> factories_;
    std::vector<std::unique_ptr<State>> stack_;
    std::vector<Pending> pending_;
};

} // namespace yaddas::app
