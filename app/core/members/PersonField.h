#pragma once

/**
 * How a value that stands for a person is read. Any is the one rule (PersonResolver): a userid the directory knows,
 * then a job number, an exact name, a mobile number. The others read the value as that kind only, as a column
 * headed 姓名 or 工号 asks.
 */
enum class PersonField
{
    Any,
    UserId,
    JobNumber,
    Name,
    Mobile,
};
