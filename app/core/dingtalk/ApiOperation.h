#pragma once

/**
 * Which DingTalk call an answer belongs to. The same answer proves different things on different calls: -1 on an
 * add may be repeated, on a create it leaves the outcome unknown; 60011 names the permission of the call that got
 * it. RetryPolicy judges answers by it and ErrorCatalogue words them by it.
 */
enum class ApiOperation
{
    Token, // gettoken / oauth2/accessToken: changes nothing at DingTalk
    Create, // chat/create, v1.0 im/group/create: must never be repeated unless DingTalk proved it did nothing
    AddMembers, // chat/update, v1.0 im/group/update with add_useridlist: adding someone twice adds them once
    ReadGroup, // chat/get
    LookUpMobile, // topapi/v2/user/getbymobile
    JoinLink, // topapi/chat/qrcode/get
    ListDepartments, // topapi/v2/department/listsub, listsubid, get
    ListDepartmentMembers, // topapi/v2/user/list, topapi/user/listsimple
    ReadMember, // topapi/v2/user/get, topapi/user/listid
    SearchUsers, // v1.0 contact/users/search
};
