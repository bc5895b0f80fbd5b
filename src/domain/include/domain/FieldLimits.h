// Field length limits, said once: the domain validators, the event codec, the hub's API checks and the
// error texts all read these instead of repeating the numbers.
#pragma once

namespace mt::limits {

// Alerts and incidents (characters after trimming).
inline constexpr int kTitleMaxChars = 200;         // alert and incident titles
inline constexpr int kAlertDetailsMaxChars = 10000;
inline constexpr int kDedupKeyMaxChars = 200;
inline constexpr int kResourceMaxChars = 200;      // an alert's resource (host, instance)
inline constexpr int kNoteMaxChars = 10000;        // an incident note
inline constexpr int kResolutionMinChars = 10;     // closing an incident without a KB reference

// Accounts.
inline constexpr int kUserNameMinChars = 3;
inline constexpr int kUserNameMaxChars = 32;       // [a-z0-9._-]
inline constexpr int kPasswordMinChars = 10;       // AuthPolicy's default
inline constexpr int kPasswordMaxChars = 1024;     // what the hub's login reads
// An event stamped further ahead of the receiver's clock waits until the clocks agree: the hub's default
// --max-clock-ahead, and what a bundle import takes (issue 10).
inline constexpr qint64 kMaxClockAheadMs = 5 * 60 * 1000;
inline constexpr int kLoginNameMaxChars = 64;      // what the hub's login reads; longer than any user name, so
                                                   // a long name is refused as bad credentials, not as input

// Sync wire form and hub API.
inline constexpr int kSiteIdMaxChars = 64;         // [A-Za-z0-9._-]
inline constexpr int kActorMaxChars = 64;
inline constexpr int kDeviceNameMaxChars = 64;
inline constexpr int kEntityTypeMaxChars = 32;
inline constexpr int kEventTypeMaxChars = 64;
inline constexpr int kEventPayloadMaxBytes = 64 * 1024; // compact JSON of an event's payload
inline constexpr int kEnrolmentCodeMaxChars = 128;
inline constexpr int kTokenMaxChars = 256;

} // namespace mt::limits
