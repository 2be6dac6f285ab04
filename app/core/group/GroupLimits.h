#pragma once

/** DingTalk's documented limits for groups (see the chat/create reference). */
namespace GroupLimits {
constexpr int MaxNameLength = 20; // Unicode code points: 全员群 is 3
constexpr int MaxGroupMembers = 1000; // owner included
constexpr int MaxMembersPerCall = 40; // chat/create and chat/update each take at most 40 ids
constexpr int MaxUserIdLength = 64; // a userid has 1 to 64 characters (the user-create page)
} // namespace GroupLimits
