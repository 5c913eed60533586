#include <app/Preload.hpp>

#include <catch2/catch.hpp>

#include <future>
#include <stdexcept>

using yaddas::app::Preload;
using namespace std::chrono_literals;

TEST_CASE("Preload::waitFor says whether the work has ended, without waiting longer",
          "[app][preload]") {
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    int done = 0;
    Preload preload([&done, released] {
        released.wait();
        done = 1;
    });
    CHECK_FALSE(preload.waitFor(0ms));
    CHECK_FALSE(preload.waitFor(5ms));
    release.set_value();
    CHECK(preload.waitFor(10s));
    CHECK(preload.waitFor(0ms));
    preload.wait();
    CHECK(done == 1);
}

TEST_CASE("Preload::wait hands on what the work threw, after waitFor saw it end",
          "[app][preload]") {
    Preload preload([] { throw std::runtime_error("unreadable"); });
    CHECK(preload.waitFor(10s));
    CHECK_THROWS_WITH(preload.wait(), "unreadable");
}
