#include <app/StateStack.hpp>

#include <app/Context.hpp>

#include <spdlog/spdlog.h>

#include <string>

namespace yaddas::app {

void State::push(ScreenId id) {
    stack_->push(id);
}
void State::pop() {
    stack_->pop();
}
void State::reset(ScreenId id) {
    stack_->reset(id);
}

bool StateStack::applyPending() {
    if (pending_.empty()) {
        return false;
    }
    // Take the queue first: a new screen's constructor may itself queue a change.
    std::vector<Pending> pending;
    pending.swap(pending_);
    for (const Pending& p : pending) {
        switch (p.change) {
        case Change::Push:
        case Change::Reset: {
            if (p.change == Change::Reset) {
                stack_.clear();
            }
            auto it = factories_.find(p.id);
            if (it == factories_.end()) {
                spdlog::error("no screen registered for id {}", static_cast<int>(p.id));
                break;
            }
            stack_.push_back(it->second(*this, *context_));
            stack_.back()->relayout();
            break;
        }
        case Change::Pop:
            if (!stack_.empty()) {
                stack_.pop_back();
                if (!stack_.empty()) {
                    stack_.back()->resumed();
                }
            }
            break;
        }
    }
    return true;
}

void StateStack::handleEvent(const sf::Event& event) {
    if (stack_.empty()) {
        return;
    }
    // A notice the screen set or closed (its banner's Close in the Tab order) moves everything
    // below the banner.
    const std::string notice = context_->notice;
    stack_.back()->handleEvent(event);
    if (context_->notice != notice) {
        relayoutAll();
    }
}

void StateStack::draw(Painter& painter) {
    if (!stack_.empty()) {
        stack_.back()->draw(painter);
    }
}

void StateStack::relayoutAll() {
    for (auto& s : stack_) {
        s->relayout();
    }
}

} // namespace yaddas::app
