#pragma once

/** The six switches of a DingTalk group. All off by default, as in the API. */
struct GroupSettings
{
    bool showHistory = false; // showHistoryType: new members can read the last 100 messages
    bool searchable = false; // searchable: the group can be found by search
    bool validation = false; // validationType: joining needs approval
    bool mentionAllOwnerOnly = false; // mentionAllAuthority: only the owner may @all
    bool managementOwnerOnly = false; // managementType: only the owner may manage the group
    bool chatBanned = false; // chatBannedType: all members muted

    bool operator==(const GroupSettings& other) const
    {
        return showHistory == other.showHistory && searchable == other.searchable && validation == other.validation
            && mentionAllOwnerOnly == other.mentionAllOwnerOnly && managementOwnerOnly == other.managementOwnerOnly
            && chatBanned == other.chatBanned;
    }
    bool operator!=(const GroupSettings& other) const { return !(*this == other); }
};
