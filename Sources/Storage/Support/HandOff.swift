import Foundation

/// One value at a time passed from a producing thread to a consuming one: `put` waits
/// while the slot is full, `take` while it is empty. With the producer working on the next
/// value meanwhile, two values are in flight — enough to keep two cores busy.
///
/// `@unchecked Sendable`: every stored property is read and written under `condition`.
final class HandOff<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var slot: Value?
    private var finished = false
    private var cancelled = false

    /// Hands `value` over; false when the consumer has gone (the producer should stop).
    func put(_ value: Value) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while slot != nil && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        slot = value
        condition.broadcast()
        return true
    }

    /// The next value; nil once the producer has finished and everything was taken, or
    /// after `cancel`.
    func take() -> Value? {
        condition.lock()
        defer { condition.unlock() }
        while slot == nil && !finished && !cancelled { condition.wait() }
        guard !cancelled, let value = slot else { return nil }
        slot = nil
        condition.broadcast()
        return value
    }

    /// The producer has no more values.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stops taking: a waiting or later `put` returns false.
    func cancel() {
        condition.lock()
        cancelled = true
        slot = nil
        condition.broadcast()
        condition.unlock()
    }
}

/// Work run on a thread of its own, which `wait` joins.
///
/// The body is not `@Sendable`: the caller promises that it touches only state no other
/// thread uses until `wait` returns, apart from what it passes through a `HandOff`.
final class BackgroundWork: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var joined = false

    init(_ body: @escaping () -> Void) {
        let work = UncheckedBody(body)
        let thread = Thread { [done] in
            work.body()
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Returns once the body has returned (at once on later calls).
    func wait() {
        guard !joined else { return }
        done.wait()
        joined = true
    }

    private struct UncheckedBody: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }
}
