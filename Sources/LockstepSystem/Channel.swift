#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bounded first-in first-out queue between one producer thread and one consumer thread.
/// `put` waits while the queue is full, so memory stays bounded however long the stream is.
/// The state is guarded by a pthread mutex, hence `@unchecked Sendable`.
package final class Channel<Item: Sendable>: @unchecked Sendable {
    private var items: [Item] = []
    private var head = 0
    private var isFinished = false
    private let capacity: Int
    private var mutex = pthread_mutex_t()
    private var changed = pthread_cond_t()

    package init(capacity: Int) {
        self.capacity = capacity
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&changed, nil)
    }

    deinit {
        pthread_cond_destroy(&changed)
        pthread_mutex_destroy(&mutex)
    }

    package func put(_ item: Item) {
        pthread_mutex_lock(&mutex)
        while items.count - head >= capacity { pthread_cond_wait(&changed, &mutex) }
        items.append(item)
        pthread_cond_broadcast(&changed)
        pthread_mutex_unlock(&mutex)
    }

    /// No more items will come.
    package func finish() {
        pthread_mutex_lock(&mutex)
        isFinished = true
        pthread_cond_broadcast(&changed)
        pthread_mutex_unlock(&mutex)
    }

    /// The next item, waiting for it; nil once the producer finished and everything was taken.
    package func take() -> Item? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        while head == items.count, !isFinished { pthread_cond_wait(&changed, &mutex) }
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head > 64, head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        pthread_cond_broadcast(&changed)
        return item
    }
}

/// A thread running `body`; `join` waits for it to end.
package final class BackgroundThread: @unchecked Sendable {
    // A number in glibc, a pointer that pthread_create fills in on Darwin.
    #if canImport(Glibc)
    private var thread = pthread_t()
    #else
    private var thread: pthread_t?
    #endif
    private let body: @Sendable () -> Void

    /// Starts the thread; nil when the system refuses one (the caller then works on its own thread).
    package init?(_ body: @escaping @Sendable () -> Void) {
        self.body = body
        let context = Unmanaged.passRetained(self).toOpaque()
        let status = pthread_create(&thread, nil, { context in
            // glibc passes the argument as optional, Darwin as non-optional.
            guard let context = context as UnsafeMutableRawPointer? else { return nil }
            let owner = Unmanaged<BackgroundThread>.fromOpaque(context).takeRetainedValue()
            owner.body()
            return nil
        }, context)
        if status != 0 {
            Unmanaged<BackgroundThread>.fromOpaque(context).release()
            return nil
        }
    }

    package func join() {
        #if canImport(Glibc)
        pthread_join(thread, nil)
        #else
        if let thread { pthread_join(thread, nil) }
        #endif
    }
}
