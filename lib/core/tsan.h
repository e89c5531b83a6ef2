// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ThreadSanitizer annotations for hand-overs it cannot see. Qt is not built with ThreadSanitizer, so
// when Qt passes our objects from one thread to another under its own locks (QThreadPool's queue,
// the event queue), the sanitizer sees our writes on one thread and our reads on the other without
// the lock between them and reports a race. Where such a hand-over happens, the sending thread calls
// Tsan::release(key) once the object is complete and before handing it over, and the receiving thread
// calls Tsan::acquire(key) before it touches the object: everything written before the release is
// then ordered before everything read after the acquire, as the lock really orders it.
//
// In a build without ThreadSanitizer both compile to nothing. Use them only for hand-overs through Qt;
// our own mutexes and atomics are seen by the sanitizer and need no annotation.
#pragma once

#if defined(__SANITIZE_THREAD__) // gcc
#define TOKENDESK_TSAN 1
#elif defined(__has_feature) // clang
#if __has_feature(thread_sanitizer)
#define TOKENDESK_TSAN 1
#endif
#endif
#ifndef TOKENDESK_TSAN
#define TOKENDESK_TSAN 0
#endif

#if TOKENDESK_TSAN
extern "C" {
void __tsan_acquire(void *addr);
void __tsan_release(void *addr);
}
#endif

namespace TokenDesk::Tsan {

// Whether this build runs under ThreadSanitizer.
inline constexpr bool enabled = TOKENDESK_TSAN != 0;

// Before handing `key` over: what this thread wrote so far happens before the matching acquire().
inline void release([[maybe_unused]] const void *key)
{
#if TOKENDESK_TSAN
    __tsan_release(const_cast<void *>(key));
#endif
}

// Where the other thread picks `key` up, before it touches it.
inline void acquire([[maybe_unused]] const void *key)
{
#if TOKENDESK_TSAN
    __tsan_acquire(const_cast<void *>(key));
#endif
}

} // namespace TokenDesk::Tsan
