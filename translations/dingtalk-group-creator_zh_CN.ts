<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DingTalk Group Creator</source>
        <translation>关于钉钉建群助手</translation>
    </message>
    <message>
        <source>DingTalk Group Creator</source>
        <translation>钉钉建群助手</translation>
    </message>
    <message>
        <source>Creates DingTalk group chats from a simple form: name, owner, members and settings.</source>
        <translation>通过简单的表单创建钉钉群会话：群名称、群主、成员和群设置。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT 许可证</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1(编译时为 %2)</translation>
    </message>
    <message>
        <source>DingTalk documentation of the calls this tool makes:</source>
        <translation>本工具所调用接口的钉钉文档：</translation>
    </message>
    <message>
        <source>Create a group (chat/create)</source>
        <translation>创建群会话(chat/create)</translation>
    </message>
    <message>
        <source>Create a group (API v1.0)</source>
        <translation>创建群会话(v1.0 接口)</translation>
    </message>
    <message>
        <source>Get an access token</source>
        <translation>获取访问凭证</translation>
    </message>
</context>
<context>
    <name>AfterCreate</name>
    <message>
        <source>The create could not be recorded in the history: %1</source>
        <translation>本次建群无法记入历史记录：%1</translation>
    </message>
    <message>
        <source>Filled the form from the preset &quot;%1&quot;.</source>
        <translation>已用预设“%1”填写表单。</translation>
    </message>
    <message>
        <source>Filled the form from &quot;%1&quot; with its %2 members.</source>
        <translation>已按“%1”填好表单，共 %2 名成员。</translation>
    </message>
    <message>
        <source>Filled the form from &quot;%1&quot;. This older entry does not keep every member: add the others.</source>
        <translation>已按“%1”填好表单。这条较早的记录没有保存全部成员：请补上其他成员。</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Choose the Sheet of Groups</source>
        <translation>选择建群表格</translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv);;Tab-separated text (*.tsv *.txt);;All files (*)</source>
        <translation>表格 (*.xlsx *.csv *.tsv *.txt);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;制表符分隔的文本 (*.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The connection changed before the batch started: nothing was sent.</source>
        <translation>这一批开始之前连接已更换：没有发送任何请求。</translation>
    </message>
    <message>
        <source>adding members, %1 of %2 in the group</source>
        <translation>正在添加成员，群内已有 %1 人（共 %2 人）</translation>
    </message>
    <message>
        <source>A Batch Is Running</source>
        <translation>正在批量建群</translation>
    </message>
    <message>
        <source>Stop the batch? The call in flight finishes and is recorded; the groups after it are not sent, and running the same sheet again later resumes it.</source>
        <translation>要停止这一批吗？正在进行的请求会完成并记录下来；之后的群不会发送。以后再次运行同一表格时会从停下的地方继续。</translation>
    </message>
    <message>
        <source>Keep Working</source>
        <translation>继续建群</translation>
    </message>
    <message>
        <source>Stop the Batch</source>
        <translation>停止这一批</translation>
    </message>
    <message>
        <source>-results</source>
        <translation>-结果</translation>
    </message>
    <message>
        <source>Export the Results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV，UTF-8 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The Results Were Not Exported</source>
        <translation>结果未导出</translation>
    </message>
    <message>
        <source>The results were exported to %1.</source>
        <translation>结果已导出到 %1。</translation>
    </message>
    <message>
        <source>Every missing member is now in the group &quot;%1&quot;.</source>
        <translation>未加入的成员现已全部加入群“%1”。</translation>
    </message>
    <message>
        <source>%1 members are still not in the group &quot;%2&quot;.</source>
        <translation>仍有 %1 名成员未加入群“%2”。</translation>
    </message>
    <message>
        <source>Create Several Groups</source>
        <translation>批量建群</translation>
    </message>
    <message>
        <source>One group per row of a sheet (.xlsx, CSV or tab-separated text): a group name column (群名称), an owner column (群主) and a members column (成员), optionally a department, a preset and one column per switch. Every row is checked before anything is sent.</source>
        <translation>表格（.xlsx、CSV 或制表符分隔的文本）中每行一个群：群名称列、群主列和成员列，另可有部门列、预设列以及每个开关一列。发送任何请求之前，每一行都会先检查。</translation>
    </message>
    <message>
        <source>Choose &amp;Sheet…</source>
        <translation>选择表格(&amp;S)…</translation>
    </message>
    <message>
        <source>Retry &amp;unknown rows</source>
        <translation>重试结果未知的行(&amp;U)</translation>
    </message>
    <message>
        <source>Send again the rows whose outcome is unknown (the group may exist), and the rows matching such a group in the history</source>
        <translation>再次发送结果未知的行（群可能已存在），以及与历史记录中此类群相符的行</translation>
    </message>
    <message>
        <source>Allow &amp;duplicates</source>
        <translation>允许重复(&amp;D)</translation>
    </message>
    <message>
        <source>Create a group even when one with the same name and owner was made on this connection in the last 30 days</source>
        <translation>即使此连接在最近 30 天内已建过同名同群主的群，也照样创建</translation>
    </message>
    <message>
        <source>Never a group twice: a row whose name and owner match a group made on this connection in the last 30 days (see the history) is skipped, and a row whose outcome is unknown is not sent again. Tick Retry unknown rows only after checking in DingTalk that those groups do not exist, and Allow duplicates only when a second group of the same name and owner is really wanted.</source>
        <translation>绝不重复建群：群名和群主与此连接最近 30 天内所建的群（见历史记录）相同的行会被跳过，结果未知的行也不会再次发送。只有在钉钉中确认这些群不存在后，才勾选“重试结果未知的行”；只有确实需要第二个同名同群主的群时，才勾选“允许重复”。</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>开始(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel Batch</source>
        <translation>取消这一批</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Join Link…</source>
        <translation>入群链接(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Retry Adding the Missing Members</source>
        <translation>重试添加未加入的成员(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the sheet of groups to begin.</source>
        <translation>请先选择建群表格。</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>正在读取表格…</translation>
    </message>
    <message>
        <source>Loading the organisation&apos;s directory…</source>
        <translation>正在载入组织通讯录…</translation>
    </message>
    <message>
        <source>There is no copy of the organisation&apos;s directory yet: syncing it first, so that people can be given by name, job number or department…</source>
        <translation>本机还没有组织通讯录：先同步通讯录，以便按姓名、工号或部门填写人员…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the people of %n groups…</source>
        <translation>
            <numerusform>正在读取 %n 个群的人员…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up phone numbers in DingTalk: %1 of %2…</source>
        <translation>正在钉钉中查询手机号：第 %1 个，共 %2 个…</translation>
    </message>
    <message>
        <source>Checking every group…</source>
        <translation>正在检查每个群…</translation>
    </message>
    <message>
        <source>The sheet holds no groups.</source>
        <translation>表格中没有群。</translation>
    </message>
    <message numerus="yes">
        <source>%n groups in the sheet, every one valid.</source>
        <translation>
            <numerusform>表格中共 %n 个群，全部有效。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 groups in the sheet: %2 invalid (their errors are in the Explanation column). Fix them in the sheet and choose it again, or leave them out.</source>
        <translation>表格中共 %1 个群，其中 %2 个无效（错误见“说明”列）。请在表格中修正后重新选择，或略过这些行。</translation>
    </message>
    <message>
        <source>The organisation&apos;s directory could not be synced (%1): only userids and mobile numbers were read; names, job numbers and departments are errors of their rows.</source>
        <translation>无法同步组织通讯录（%1）：只读取了 userid 和手机号；姓名、工号和部门都算作所在行的错误。</translation>
    </message>
    <message numerus="yes">
        <source>%n phone numbers have no DingTalk user: their rows are invalid.</source>
        <translation>
            <numerusform>有 %n 个手机号没有对应的钉钉用户：所在的行无效。</numerusform>
        </translation>
    </message>
    <message>
        <source>This sheet was started on this connection before: %1 groups made then are not sent again, and %2 whose outcome is unknown are sent again only with Retry unknown rows.</source>
        <translation>此表格以前已在此连接上运行过：当时建好的 %1 个群不会再次发送；结果未知的 %2 个群只有勾选“重试结果未知的行”才会再次发送。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leave out the %n invalid rows</source>
        <translation>
            <numerusform>略过 %n 个无效的行(&amp;L)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the invalid rows, or tick &quot;Leave out the invalid rows&quot;</source>
        <translation>请修正无效的行，或勾选“略过无效的行”</translation>
    </message>
    <message>
        <source>Not connected: connect to DingTalk or the sandbox to start.</source>
        <translation>未连接：请先连接钉钉或沙盒。</translation>
    </message>
    <message>
        <source>The plan: %1 groups to create, %2 calls to DingTalk, at least %3 at DingTalk&apos;s pace (20 calls a second).</source>
        <translation>计划：创建 %1 个群，调用钉钉 %2 次，按钉钉的速率（每秒 20 次）至少需要 %3。</translation>
    </message>
    <message>
        <source>Creating the groups one at a time, in the sheet&apos;s order…</source>
        <translation>正在按表格顺序逐个建群…</translation>
    </message>
    <message>
        <source>The batch was cancelled.</source>
        <translation>这一批已取消。</translation>
    </message>
    <message>
        <source>The batch stopped.</source>
        <translation>这一批已停止。</translation>
    </message>
    <message>
        <source>Opening the batch&apos;s journal…</source>
        <translation>正在打开这一批的日志…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 — stopping: the call in flight finishes and is recorded…</source>
        <translation>%1 — 正在停止：正在进行的请求完成后会记录下来…</translation>
    </message>
    <message>
        <source>%1 — paused. Resume goes on with the next group.</source>
        <translation>%1 — 已暂停。点“继续”从下一个群接着创建。</translation>
    </message>
    <message>
        <source>%1 — creating &quot;%2&quot;…</source>
        <translation>%1 — 正在创建“%2”…</translation>
    </message>
    <message>
        <source>%1 — &quot;%2&quot;: %3…</source>
        <translation>%1 — “%2”：%3…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Row %1: %2 (owner %3), %4.</source>
        <translation>第 %1 行：%2（群主 %3），%4。</translation>
    </message>
    <message>
        <source>chatid %1 · openConversationId %2 · %3 members in the group</source>
        <translation>chatid %1 · openConversationId %2 · 群内 %3 人</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Done. %1.</source>
        <translation>完成。%1。</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>BatchIssue</name>
    <message>
        <source>The rows of this group name different owners: %1.</source>
        <translation>这个群的各行写了不同的群主：%1。</translation>
    </message>
    <message>
        <source>The owner cell must name exactly one person, not &quot;%1&quot;.</source>
        <translation>群主一格只能写一个人，不能是“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column %2 is not a switch value: use 1 or 0, 是 or 否, yes or no, true or false, or ✓.</source>
        <translation>“%2”列中的“%1”不是开关值：请用 1 或 0、是或否、yes 或 no、true 或 false，或 ✓。</translation>
    </message>
    <message>
        <source>The rows of this group give the column %1 different values.</source>
        <translation>这个群的各行在“%1”列中给了不同的值。</translation>
    </message>
    <message>
        <source>The rows of this group name different presets: %1.</source>
        <translation>这个群的各行写了不同的预设：%1。</translation>
    </message>
    <message>
        <source>There is no saved preset named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已存预设。</translation>
    </message>
    <message>
        <source>Nobody in the directory matches &quot;%1&quot;.</source>
        <translation>通讯录中没有与“%1”相符的人。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several people: %2. Use a job number or userid instead.</source>
        <translation>“%1”与多人相符：%2。请改用工号或 userid。</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot; in the directory.</source>
        <translation>通讯录中没有“%1”这个部门。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several departments: %2. Give its path, such as 销售部/华东区.</source>
        <translation>“%1”与多个部门相符：%2。请写出它的路径，例如 销售部/华东区。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can only be read with the organisation&apos;s directory, which could not be loaded: give a userid or a mobile number instead.</source>
        <translation>“%1”只能借助组织的通讯录识别，但通讯录无法加载：请改填 userid 或手机号。</translation>
    </message>
</context>
<context>
    <name>BatchJournal</name>
    <message>
        <source>Cannot read the batch journal %1: %2</source>
        <translation>无法读取批量日志 %1：%2</translation>
    </message>
    <message>
        <source>The batch journal %1 is damaged, so it cannot say which groups exist. Check the groups in DingTalk, then move the file away to start the batch anew.</source>
        <translation>批量日志 %1 已损坏，无法说明哪些群已经存在。请先在钉钉中核对这些群，再把该文件移走，以便重新开始这一批。</translation>
    </message>
    <message>
        <source>Cannot repair the batch journal %1: %2</source>
        <translation>无法修复批量日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the batch journal %1: %2</source>
        <translation>无法写入批量日志 %1：%2</translation>
    </message>
    <message>
        <source>The batch journal %1 is not open.</source>
        <translation>批量日志 %1 未打开。</translation>
    </message>
</context>
<context>
    <name>BatchPreparer</name>
    <message>
        <source>The organisation&apos;s directory could not be synced, so the people of the sheet cannot be read.</source>
        <translation>无法同步组织通讯录，因此无法读取表格中的人员。</translation>
    </message>
    <message>
        <source>The directory sync was cancelled, so the people of the sheet were not read. Nothing was sent.</source>
        <translation>通讯录同步已取消，因此没有读取表格中的人员。没有发送任何请求。</translation>
    </message>
    <message>
        <source>The directory cannot be synced while a group is being created. Choose the sheet again once it is done.</source>
        <translation>正在建群时无法同步通讯录。建群完成后请重新选择表格。</translation>
    </message>
    <message>
        <source>Connect to DingTalk or the sandbox first: the people of the sheet are read through the connection.</source>
        <translation>请先连接钉钉或沙盒：表格中的人员要通过连接读取。</translation>
    </message>
</context>
<context>
    <name>BatchResultsTable</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>openConversationId</source>
        <translation>openConversationId</translation>
    </message>
    <message>
        <source>chatid</source>
        <translation>chatid</translation>
    </message>
    <message>
        <source>Members in group</source>
        <translation>群内成员数</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未加入的成员</translation>
    </message>
    <message>
        <source>errcode</source>
        <translation>errcode</translation>
    </message>
    <message>
        <source>errmsg</source>
        <translation>errmsg</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Created, members missing</source>
        <translation>已创建，有成员未加入</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Unknown: may exist</source>
        <translation>结果未知：群可能已存在</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Skipped: already made</source>
        <translation>已跳过：群已建过</translation>
    </message>
    <message>
        <source>The group exists, but some members could not be added: retry adding them from the history.</source>
        <translation>群已存在，但有些成员未能加入：可在历史记录中重试添加他们。</translation>
    </message>
    <message>
        <source>The program stopped after this group&apos;s create was sent and before DingTalk answered: the group may exist. Check DingTalk, then run the batch with --retry-unknown (or Retry unknown rows) only if it does not.</source>
        <translation>程序在发出建群请求之后、钉钉答复之前停止了：这个群可能已存在。请先在钉钉中核对，只有确认不存在时，才用 --retry-unknown（或“重试结果未知的行”）再运行这一批。</translation>
    </message>
    <message>
        <source>The group may exist: check DingTalk before sending this row again.</source>
        <translation>这个群可能已存在：再次发送这一行之前，请先在钉钉中核对。</translation>
    </message>
    <message>
        <source>A group with this name and owner was made on this connection on %1 (see the history): not sent again. Allow duplicates (or retry unknown rows, for a group that may exist) to send it anyway.</source>
        <translation>此连接已于 %1 建过同名同群主的群（见历史记录）：不再发送。如仍要发送，请允许重复（对可能已存在的群，则重试结果未知的行）。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1:%2</translation>
    </message>
</context>
<context>
    <name>BatchResumeOffer</name>
    <message>
        <source>Groups not sent: %1. Groups whose outcome is unknown (they may exist: check DingTalk): %2.</source>
        <translation>未发送的群：%1 个。结果未知的群（可能已存在，请在钉钉中核对）：%2 个。</translation>
    </message>
    <message>
        <source>The sheet %1 is no longer there, so the batch cannot be resumed from it.</source>
        <translation>表格 %1 已不在原处，因此无法从它继续这一批。</translation>
    </message>
    <message>
        <source>The sheet %1 has changed since, so it is a new batch now: the groups made then would be checked against the history only.</source>
        <translation>表格 %1 此后已被修改，因此现在算作新的一批：当时建好的群只会与历史记录核对。</translation>
    </message>
    <message>
        <source>An Unfinished Batch</source>
        <translation>未完成的批量建群</translation>
    </message>
    <message>
        <source>A batch started on %1 on this connection did not finish. %2

%3</source>
        <translation>此连接上于 %1 开始的一批建群没有完成。%2

%3</translation>
    </message>
    <message>
        <source>Resume the Unfinished Batch?</source>
        <translation>继续未完成的批量建群？</translation>
    </message>
    <message>
        <source>A batch started on %1 from the sheet %2 on this connection did not finish. %3

Resume it? The groups already made are not sent again; those whose outcome is unknown are sent again only if you tick Retry unknown rows.</source>
        <translation>此连接上于 %1 用表格 %2 开始的一批建群没有完成。%3

要继续吗？已建好的群不会再次发送；结果未知的群只有勾选“重试结果未知的行”才会再次发送。</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>继续…</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>以后再说</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>This create was not recorded in the history: %1</source>
        <translation>这次建群未能记入历史记录：%1</translation>
    </message>
</context>
<context>
    <name>BatchSheetReader</name>
    <message>
        <source>The sheet has no group name column: give the first row a title such as 群名称 or &quot;group name&quot;.</source>
        <translation>表格中没有群名称列：请在第一行写上“群名称”或“group name”之类的标题。</translation>
    </message>
    <message>
        <source>The sheet has no column of people: give one a title such as 成员, 姓名, 工号, 手机号, userid or 部门.</source>
        <translation>表格中没有人员列：请给一列写上“成员”“姓名”“工号”“手机号”“userid”或“部门”之类的标题。</translation>
    </message>
    <message>
        <source>The sheet has titles but no group below them.</source>
        <translation>表格只有标题，下面没有任何群。</translation>
    </message>
</context>
<context>
    <name>BatchStopRule</name>
    <message>
        <source>Not sent: the organisation has reached DingTalk&apos;s limit on groups (or may have: the last create&apos;s outcome is unknown). Ordinary groups cannot be dissolved through the API; contact the organisation&apos;s DingTalk administrator or DingTalk.</source>
        <translation>未发送：组织已达到（或可能已达到，上一次建群的结果未知）钉钉的群数量上限。普通群无法通过接口解散；请联系组织的钉钉管理员或钉钉。</translation>
    </message>
    <message>
        <source>Not sent: DingTalk has disabled requests from this organisation or address for a while. Wait, then run the batch again: it goes on where it stopped.</source>
        <translation>未发送：钉钉暂时禁止了来自该组织或该地址的请求。请稍候再运行这一批：它会从停下的地方继续。</translation>
    </message>
    <message>
        <source>Not sent: the organisation&apos;s monthly quota of DingTalk calls is used up. Run the batch again when the quota is renewed: it goes on where it stopped.</source>
        <translation>未发送：组织本月的钉钉调用额度已用完。额度恢复后再运行这一批：它会从停下的地方继续。</translation>
    </message>
    <message>
        <source>Not sent: DingTalk did not accept the app&apos;s credentials, so every create would fail.</source>
        <translation>未发送：钉钉不接受该应用的凭据，每次建群都会失败。</translation>
    </message>
    <message>
        <source>Not sent: the app may not create groups (a permission or the server&apos;s IP allow-list), so every create would fail.</source>
        <translation>未发送：该应用无权建群（缺少权限或不在服务器 IP 白名单中），每次建群都会失败。</translation>
    </message>
    <message>
        <source>Not sent: the connection to DingTalk failed. Check it, then run the batch again: it goes on where it stopped.</source>
        <translation>未发送：与钉钉的连接失败。请检查连接后再运行这一批：它会从停下的地方继续。</translation>
    </message>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>未发送：这一批已取消。</translation>
    </message>
    <message>
        <source>Not sent: the batch&apos;s journal could not be written, and no group is created without it.</source>
        <translation>未发送：无法写入这一批的日志，没有日志就不建任何群。</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Preset &quot;%1&quot;</source>
        <translation>预设“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (earlier run)</source>
        <translation>%1（之前运行）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Preset and switches</source>
        <translation>预设与开关</translation>
    </message>
</context>
<context>
    <name>BoundedXmlReader</name>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>it declares a document type, which a workbook never does</source>
        <translation>其中声明了文档类型，工作簿从不这样做</translation>
    </message>
    <message>
        <source>a text has more than %L1 characters</source>
        <translation>有一段文字超过 %L1 个字符</translation>
    </message>
</context>
<context>
    <name>ChoosePeopleDialog</name>
    <message>
        <source>Selected: %1 · Places left in the group: %2</source>
        <translation>已选 %1 人 · 群内还可加入 %2 人</translation>
    </message>
    <message>
        <source>Selected: %1 · The group has room for only %2 more: unselect %3.</source>
        <translation>已选 %1 人 · 群内只能再加入 %2 人：请取消选择 %3 人。</translation>
    </message>
    <message>
        <source>Choose people</source>
        <translation>选择人员</translation>
    </message>
    <message>
        <source>Search the whole organisation: name, job number, user ID or mobile</source>
        <translation>在整个组织中搜索：姓名、工号、userid 或手机号</translation>
    </message>
    <message>
        <source>Include sub-departments</source>
        <translation>包括下级部门</translation>
    </message>
    <message>
        <source>Add whole department</source>
        <translation>添加整个部门</translation>
    </message>
    <message>
        <source>Choose every person of the department selected above</source>
        <translation>选择上方所选部门的所有人员</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>Add to members</source>
        <translation>添加到成员</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No one in the organisation matches “%1”.</source>
        <translation>组织中没有与“%1”匹配的人员。</translation>
    </message>
    <message>
        <source>Found in the whole organisation: %1</source>
        <translation>在整个组织中找到：%1 人</translation>
    </message>
    <message>
        <source>People in %1: %2</source>
        <translation>%1：%2 人</translation>
    </message>
    <message>
        <source>The directory is empty.</source>
        <translation>通讯录为空。</translation>
    </message>
    <message>
        <source>Choose the person who will own the group.</source>
        <translation>请选择群主。</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>群主：%1</translation>
    </message>
    <message>
        <source>Choose the owner</source>
        <translation>选择群主</translation>
    </message>
    <message>
        <source>Make owner</source>
        <translation>设为群主</translation>
    </message>
</context>
<context>
    <name>CliBatch</name>
    <message>
        <source>Row %1 (%2): %3%4</source>
        <translation>第 %1 行（%2）：%3%4</translation>
    </message>
    <message>
        <source>Warning: the results could not be written: %1</source>
        <translation>警告：无法写入结果：%1</translation>
    </message>
    <message>
        <source>The phone numbers could not be looked up: their rows are invalid.</source>
        <translation>无法查询这些手机号：所在的行无效。</translation>
    </message>
    <message>
        <source>%1 of %2 groups are valid: %3 calls, at least %4 s at DingTalk&apos;s pace.</source>
        <translation>%2 个群中有 %1 个有效：共 %3 次调用，按钉钉的速率至少需要 %4 秒。</translation>
    </message>
    <message>
        <source>Nothing was created: fix the invalid rows, or pass --skip-invalid to leave them out.</source>
        <translation>未创建任何群：请修正无效的行，或用 --skip-invalid 跳过它们。</translation>
    </message>
    <message>
        <source>Resuming the batch recorded in %1.</source>
        <translation>继续 %1 中记录的这一批。</translation>
    </message>
    <message>
        <source>Creating %1 of %2: %3</source>
        <translation>正在创建第 %1 个（共 %2 个）：%3</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>command line (access token)</source>
        <translation>命令行(访问凭证)</translation>
    </message>
    <message>
        <source>command line (%1)</source>
        <translation>命令行(%1)</translation>
    </message>
    <message>
        <source>This create was not recorded in the history %1. %2</source>
        <translation>本次建群没有记入历史记录 %1。%2</translation>
    </message>
</context>
<context>
    <name>CliMemberLoader</name>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Cannot read the member list from standard input.</source>
        <translation>无法从标准输入读取成员列表。</translation>
    </message>
    <message>
        <source>Cannot use the member list &quot;%1&quot;: %2</source>
        <translation>无法使用成员列表“%1”：%2</translation>
    </message>
    <message>
        <source>No row of &quot;%1&quot; has &quot;%2&quot; in the column &quot;%3&quot; (--filter). The values there are: %4.</source>
        <translation>“%1”中没有任何一行在“%3”列的值为“%2”(--filter)。该列中的值有：%4。</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &quot;%1&quot;</source>
        <translation>Excel 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <source>tab-separated text, %1</source>
        <translation>制表符分隔的文本，%1</translation>
    </message>
    <message>
        <source>semicolon-separated text, %1</source>
        <translation>分号分隔的文本，%1</translation>
    </message>
    <message>
        <source>CSV, %1</source>
        <translation>CSV,%1</translation>
    </message>
    <message>
        <source>list, %1</source>
        <translation>列表，%1</translation>
    </message>
    <message>
        <source>userids from the column &quot;%1&quot;</source>
        <translation>userid 取自“%1”列</translation>
    </message>
    <message>
        <source>phone numbers from the column &quot;%1&quot;</source>
        <translation>手机号取自“%1”列</translation>
    </message>
    <message>
        <source>only rows whose &quot;%1&quot; is &quot;%2&quot;</source>
        <translation>仅限“%1”为“%2”的行</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows, %4 members; %5.</source>
        <translation>%1(%2):%3 行，%4 名成员；%5。</translation>
    </message>
    <message>
        <source>%1: %2 rows have no userid and were left out (when a file has a userid column, its phone numbers are not looked up).</source>
        <translation>%1：有 %2 行没有 userid，已略去(文件有 userid 列时，不会查询其中的手机号)。</translation>
    </message>
    <message>
        <source>%1: %2 rows have no phone number and were left out.</source>
        <translation>%1：有 %2 行没有手机号，已略去。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column &quot;%2&quot; (--%3). Its columns are: %4.</source>
        <translation>“%1”中没有“%2”列(--%3)。其中的列有：%4。</translation>
    </message>
    <message>
        <source>job numbers from the column &quot;%1&quot;, looked up in the directory</source>
        <translation>工号取自“%1”列，在通讯录中查找</translation>
    </message>
    <message>
        <source>names from the column &quot;%1&quot;, looked up in the directory</source>
        <translation>姓名取自“%1”列，在通讯录中查找</translation>
    </message>
    <message>
        <source>%1: %2 rows have no job number or name and were left out.</source>
        <translation>%1：有 %2 行既没有工号也没有姓名，已略去。</translation>
    </message>
    <message>
        <source>No column of &quot;%1&quot; could be recognised as userids, phone numbers, job numbers or names. Name it with --id-column or --phone-column. Its columns are: %2.</source>
        <translation>“%1”中没有能识别为 userid、手机号、工号或姓名的列。请用 --id-column 或 --phone-column 指定。其中的列有：%2。</translation>
    </message>
    <message>
        <source>, … (%1 columns in all)</source>
        <translation>，…（共 %1 列）</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>The app secret is not accepted as an argument (--%1), because other users of this computer can read arguments in the process list. Set the environment variable DINGTALK_APP_SECRET instead.</source>
        <translation>不接受以命令行参数(--%1)传入应用密钥，因为本机的其他用户能在进程列表中看到参数。请改为设置环境变量 DINGTALK_APP_SECRET。</translation>
    </message>
    <message>
        <source>Create a group.</source>
        <translation>创建一个群。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>The group name (1 to 20 characters).</source>
        <translation>群名称(1 到 20 个字符)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The owner&apos;s DingTalk userid.</source>
        <translation>群主的钉钉 userid。</translation>
    </message>
    <message>
        <source>USERID</source>
        <translation>USERID</translation>
    </message>
    <message>
        <source>A member&apos;s userid; repeat for more members.</source>
        <translation>一名成员的 userid；可重复以添加更多成员。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Send every request to this server instead of DingTalk (https, or http to this computer only).</source>
        <translation>把所有请求发往此服务器而不是钉钉(https，或仅限本机的 http)。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>An access token (else DINGTALK_ACCESS_TOKEN).</source>
        <translation>访问凭证(否则读取 DINGTALK_ACCESS_TOKEN)。</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>The app&apos;s AppKey; the secret comes from DINGTALK_APP_SECRET.</source>
        <translation>应用的 AppKey；密钥从 DINGTALK_APP_SECRET 读取。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Seconds to wait for each request (30).</source>
        <translation>每个请求的等待秒数(默认 30)。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>The language of messages: zh_CN or en.</source>
        <translation>消息语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Print one JSON object with the result on standard output.</source>
        <translation>在标准输出打印一个包含结果的 JSON 对象。</translation>
    </message>
    <message>
        <source>New members can read the last 100 messages.</source>
        <translation>新成员可查看最近 100 条历史消息。</translation>
    </message>
    <message>
        <source>The group can be found by search.</source>
        <translation>群可以被搜索到。</translation>
    </message>
    <message>
        <source>Joining needs approval.</source>
        <translation>入群需要验证。</translation>
    </message>
    <message>
        <source>Only the owner may @all.</source>
        <translation>仅群主可 @所有人。</translation>
    </message>
    <message>
        <source>Only the owner may manage the group.</source>
        <translation>仅群主可管理群。</translation>
    </message>
    <message>
        <source>Mute all members.</source>
        <translation>全员禁言。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (each member needs its own --member).</source>
        <translation>多余的参数“%1”(每个成员都需要单独的 --member)。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout 需要 1 到 3600 之间的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// address, not &quot;%1&quot;.</source>
        <translation>--server 需要 http:// 或 https:// 地址，而不是“%1”。</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (127.0.0.1, ::1, localhost): the token would cross the network readable by anyone. Use https://%1 instead.</source>
        <translation>明文 http 只允许用于本机(127.0.0.1、：:1、localhost)：否则凭证会以任何人都能读取的形式在网络上传输。请改用 https://%1。</translation>
    </message>
    <message>
        <source>--access-token is empty.</source>
        <translation>--access-token 为空。</translation>
    </message>
    <message>
        <source>--app-key is empty.</source>
        <translation>--app-key 为空。</translation>
    </message>
    <message>
        <source>--app-key needs the app secret in the environment variable DINGTALK_APP_SECRET.</source>
        <translation>使用 --app-key 时需要在环境变量 DINGTALK_APP_SECRET 中提供应用密钥。</translation>
    </message>
    <message>
        <source>No credentials: pass --access-token TOKEN (or set DINGTALK_ACCESS_TOKEN), or --app-key KEY with the secret in the environment variable DINGTALK_APP_SECRET.</source>
        <translation>缺少凭据：请传入 --access-token 凭证(或设置 DINGTALK_ACCESS_TOKEN)，或 --app-key KEY 并在环境变量 DINGTALK_APP_SECRET 中提供密钥。</translation>
    </message>
    <message>
        <source>A member&apos;s mobile phone number, looked up at DingTalk; repeat for more.</source>
        <translation>一名成员的手机号，会在钉钉中查询；可重复以添加更多。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>A member file: .xlsx, CSV, tab-separated text or one userid per line; - reads standard input. Repeat for more files.</source>
        <translation>成员文件：.xlsx、CSV、制表符分隔的文本或每行一个 userid;- 表示从标准输入读取。可重复以读取更多文件。</translation>
    </message>
    <message>
        <source>The column of the member files that holds userids: its title, its number (1 is the first) or its letter (A).</source>
        <translation>成员文件中存放 userid 的列：列标题、列号(1 为第一列)或列字母(A)。</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>列</translation>
    </message>
    <message>
        <source>The column of the member files that holds mobile numbers: its title, number or letter. The files are then read by phone number, even if they have a userid column.</source>
        <translation>成员文件中存放手机号的列：列标题、列号或列字母。此时即使文件有 userid 列，也按手机号读取。</translation>
    </message>
    <message>
        <source>Only the rows of the member files whose COLUMN (title, number or letter) holds exactly VALUE, for example 部门=人力资源部.</source>
        <translation>只读取成员文件中“列”(标题、列号或字母)的值恰好为“值”的行，例如 部门=人力资源部。</translation>
    </message>
    <message>
        <source>COLUMN=VALUE</source>
        <translation>列=值</translation>
    </message>
    <message>
        <source>The DingTalk API generation: legacy (oapi.dingtalk.com, the default) or v1 (api.dingtalk.com).</source>
        <translation>钉钉接口版本：legacy(oapi.dingtalk.com，默认)或 v1(api.dingtalk.com)。</translation>
    </message>
    <message>
        <source>GENERATION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Unknown API &quot;%1&quot;: use legacy or v1.</source>
        <translation>未知接口版本“%1”：请使用 legacy 或 v1。</translation>
    </message>
    <message>
        <source>--%1 applies to the files given with --members.</source>
        <translation>--%1 只作用于通过 --members 给出的文件。</translation>
    </message>
    <message>
        <source>--%1 may be given only once.</source>
        <translation>--%1 只能给出一次。</translation>
    </message>
    <message>
        <source>--id-column needs a column title or number.</source>
        <translation>--id-column 需要列标题或列号。</translation>
    </message>
    <message>
        <source>--phone-column needs a column title or number.</source>
        <translation>--phone-column 需要列标题或列号。</translation>
    </message>
    <message>
        <source>Give --id-column or --phone-column, not both: when a file has a userid column, its phone numbers are not used.</source>
        <translation>请只给出 --id-column 或 --phone-column 之一：文件有 userid 列时，不会使用其中的手机号。</translation>
    </message>
    <message>
        <source>--filter takes COLUMN=VALUE, for example 部门=人力资源部, not &quot;%1&quot;.</source>
        <translation>--filter 需要“列=值”的形式，例如 部门=人力资源部，而不是“%1”。</translation>
    </message>
    <message>
        <source>Show every call the create would make, with a cURL command each (the token and the secret masked), and create nothing. Phone numbers are still looked up. Nothing is recorded in the history.</source>
        <translation>显示建群时会发出的每个请求及其 cURL 命令(凭证和密钥已遮盖)，不创建任何内容。仍会查询手机号。不记入历史记录。</translation>
    </message>
    <message>
        <source>Do not record this create in the history.</source>
        <translation>不把本次建群记入历史记录。</translation>
    </message>
    <message>
        <source>Record the create in this history file instead of the one the window shows.</source>
        <translation>把本次建群记录到此历史文件，而不是窗口所显示的那个。</translation>
    </message>
    <message>
        <source>--history-file may be given only once.</source>
        <translation>--history-file 只能给出一次。</translation>
    </message>
    <message>
        <source>--history-file needs a file name.</source>
        <translation>--history-file 需要一个文件名。</translation>
    </message>
    <message>
        <source>Give --history-file or --no-history, not both.</source>
        <translation>请只给出 --history-file 或 --no-history 之一。</translation>
    </message>
    <message>
        <source>Creates a DingTalk group chat.

  dingtalk-group-cli create --name NAME --owner USERID (--member ID ... | --mobile NUMBER ... | --members FILE)

Member files: Excel workbooks (.xlsx), CSV or tab-separated text (UTF-8, UTF-16 or GB18030) and plain lists with one userid per line. The columns are found by their titles (userid, 工号, 手机号, 姓名 …); --id-column, --phone-column and --filter choose them where that is not enough. A file with a userid column is read by its userids alone: rows without one are left out (and counted on standard error); a file without one is read by its phone numbers. Old .xls and WPS .et files must be saved as .xlsx or CSV first.

Phone numbers are looked up at DingTalk before anything is created. If a number belongs to no employee, nothing is created, unless --skip-unresolved is given: then the group is created without that person and the exit code is 4.

Credentials: --access-token TOKEN (or the environment variable DINGTALK_ACCESS_TOKEN), or --app-key KEY with the secret in the environment variable DINGTALK_APP_SECRET.

--dry-run shows every call the create would make (method, address, headers, body and a cURL command, with the token and the secret masked) and creates nothing; only phone numbers are looked up, because their userids are part of the calls.

Every create attempt (created, refused, failed, or with an unknown outcome) is recorded in the history the window shows, without the token or the secret. Runs that stop before the create (invalid input, phone numbers that cannot be looked up) and dry runs are not recorded. --no-history records nothing; --history-file records in another file. If the history cannot be written, a warning says so and the exit code stays that of the create.

People by name, job number or department: --owner-query, --member-query and --department, and member files with a 姓名 or 工号 column (and no userid or phone column), are looked up in a local copy of the organisation&apos;s directory, made on first use (or with --refresh-directory) and shared with the window. A query is read in this order: a userid the directory knows, a job number, an exact name, a mobile number; it must end at exactly one person, a department name or path (销售部/华东区) at exactly one department. Otherwise nothing is created (exit code 2); --skip-unresolved leaves out people nobody has (never ambiguous ones).

  dingtalk-group-cli directory sync    copies the directory anew
  dingtalk-group-cli directory search TEXT    finds people by part of a name, job number, userid or mobile

Exit codes: 0 created (or a dry run with valid input); 2 invalid input, nothing sent; 3 DingTalk refused, nothing created; 4 created, but some members are missing; 5 the outcome is unknown: a network failure, or an answer that does not prove nothing was done.</source>
        <translation>创建钉钉群会话。

  dingtalk-group-cli create --name 群名称 --owner 群主USERID (--member ID ... | --mobile 手机号 ... | --members 文件)

成员文件：Excel 工作簿(.xlsx)、CSV 或制表符分隔的文本(UTF-8、UTF-16 或 GB18030)，以及每行一个 userid 的纯列表。按列标题识别各列(userid、工号、手机号、姓名……)；识别不了时可用 --id-column、--phone-column 和 --filter 指定。有 userid 列的文件只按 userid 读取：没有 userid 的行会被略去(并在标准错误中计数)；没有 userid 列的文件按手机号读取。旧版 .xls 和 WPS .et 文件须先另存为 .xlsx 或 CSV。

创建之前会先在钉钉查询手机号。如果某个号码不属于任何员工，则不会创建群，除非指定了 --skip-unresolved：此时会创建不含此人的群，退出码为 4。

凭据：--access-token 凭证(或环境变量 DINGTALK_ACCESS_TOKEN)，或 --app-key KEY 并在环境变量 DINGTALK_APP_SECRET 中提供密钥。

--dry-run 显示创建时会发出的每个请求(方法、地址、请求头、请求体和 cURL 命令，凭证和密钥均已遮盖)，不创建任何内容；只会查询手机号，因为请求中需要它们对应的 userid。

每次建群尝试(已创建、被拒绝、失败或结果未知)都会记录在窗口所显示的历史记录中，不含凭证和密钥。在建群之前就停止的运行(输入无效、无法查询的手机号)和 dry run 不会记录。--no-history 不记录；--history-file 记录到另一个文件。如果无法写入历史记录，会给出警告，退出码仍取决于建群结果。

按姓名、工号或部门指定人员：--owner-query、--member-query 和 --department，以及有“姓名”或“工号”列(且没有 userid 列和手机号列)的成员文件，会在本地的组织通讯录副本中查找；副本在首次使用时(或指定 --refresh-directory 时)生成，并与窗口共用。查询值按以下顺序读取：通讯录中已有的 userid、工号、完整姓名、手机号；每个查询必须恰好对应一个人，每个部门名称或路径(销售部/华东区)必须恰好对应一个部门。否则不会创建任何内容(退出码 2);--skip-unresolved 会略去查无此人的值(但不会略去对应多人的值)。

  dingtalk-group-cli directory sync    重新复制通讯录
  dingtalk-group-cli directory search TEXT    按姓名的一部分、工号、userid 或手机号查找人员

退出码：0 已创建(或输入有效的 dry run);2 输入无效，未发送任何请求；3 钉钉拒绝，未创建；4 已创建，但部分成员未能加入；5 结果未知：网络故障，或钉钉的答复不能证明未执行任何操作。</translation>
    </message>
    <message>
        <source>batch: keep the batch&apos;s journal in this file (else under the user&apos;s data location, named after the sheet&apos;s content and the connection, so that running the same sheet again resumes it).</source>
        <translation>batch：把这一批的日志保存在此文件中（否则保存在用户数据目录下，按表格内容和连接命名，再次运行同一表格时即可继续）。</translation>
    </message>
    <message>
        <source>batch: write the results table to this .csv or .xlsx file.</source>
        <translation>batch：把结果表写入此 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>batch: send the valid rows even if some rows are invalid.</source>
        <translation>batch：即使有无效的行，也发送有效的行。</translation>
    </message>
    <message>
        <source>batch: send again the rows whose outcome is unknown (check DingTalk first), and rows the history says may exist.</source>
        <translation>batch：再次发送结果未知的行（请先在钉钉中核对），以及历史记录显示可能已存在的行。</translation>
    </message>
    <message>
        <source>batch: send rows even when the history has a group of the same name and owner from the last 30 days.</source>
        <translation>batch：即使历史记录中最近 30 天内有同名同群主的群，也照样发送。</translation>
    </message>
    <message>
        <source>batch takes one sheet: dingtalk-group-cli batch FILE.</source>
        <translation>batch 只接受一个表格：dingtalk-group-cli batch FILE。</translation>
    </message>
    <message>
        <source>--%1 applies to the batch command.</source>
        <translation>--%1 只用于 batch 命令。</translation>
    </message>
    <message>
        <source>&quot;directory sync&quot; or &quot;directory search TEXT&quot;: the organisation&apos;s directory.</source>
        <translation>“directory sync”或“directory search 文本”：组织通讯录。</translation>
    </message>
    <message>
        <source>Create the group even if some phone numbers belong to no employee, or some people (--member-query, files read by name or job number) are not in the directory; they are listed as missing (exit code 4).</source>
        <translation>即使有手机号不属于任何员工，或有人员(--member-query、按姓名或工号读取的文件)不在通讯录中，也创建群；他们会被列为未加入(退出码 4)。</translation>
    </message>
    <message>
        <source>The owner as a name, job number, userid or mobile number, looked up in the directory.</source>
        <translation>群主的姓名、工号、userid 或手机号，在通讯录中查找。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>A member as a name, job number, userid or mobile number, looked up in the directory; repeat for more.</source>
        <translation>一名成员的姓名、工号、userid 或手机号，在通讯录中查找；可重复以添加更多成员。</translation>
    </message>
    <message>
        <source>Every person of a department (a name, or a path such as 销售部/华东区), sub-departments included; repeat for more.</source>
        <translation>某个部门的所有人员(部门名称，或 销售部/华东区 这样的路径)，包括下级部门；可重复以添加更多部门。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>--department takes only the department&apos;s own people.</source>
        <translation>--department 只取部门本身的人员，不含下级部门。</translation>
    </message>
    <message>
        <source>Sync the directory again before looking people up.</source>
        <translation>查找人员之前重新同步通讯录。</translation>
    </message>
    <message>
        <source>Missing command: use &quot;create&quot; or &quot;directory&quot;.</source>
        <translation>缺少命令：请使用“create”或“directory”。</translation>
    </message>
    <message>
        <source>&quot;directory search&quot; needs a text to look for.</source>
        <translation>“directory search”需要要查找的文本。</translation>
    </message>
    <message>
        <source>&quot;directory search&quot; takes one text; put a text with blanks in quotes.</source>
        <translation>“directory search”只接受一个文本；含空格的文本请加引号。</translation>
    </message>
    <message>
        <source>Unknown directory command &quot;%1&quot;: use &quot;directory sync&quot; or &quot;directory search TEXT&quot;.</source>
        <translation>未知的通讯录命令“%1”：请使用“directory sync”或“directory search 文本”。</translation>
    </message>
    <message>
        <source>Give --owner or --owner-query, not both.</source>
        <translation>请只给出 --owner 或 --owner-query 之一。</translation>
    </message>
    <message>
        <source>--owner-query may be given only once.</source>
        <translation>--owner-query 只能给出一次。</translation>
    </message>
    <message>
        <source>--owner-query needs a name, job number, userid or mobile number.</source>
        <translation>--owner-query 需要姓名、工号、userid 或手机号。</translation>
    </message>
    <message>
        <source>--member-query needs a name, job number, userid or mobile number.</source>
        <translation>--member-query 需要姓名、工号、userid 或手机号。</translation>
    </message>
    <message>
        <source>--department needs a department name or path.</source>
        <translation>--department 需要部门名称或路径。</translation>
    </message>
    <message>
        <source>--no-subdepartments applies to --department.</source>
        <translation>--no-subdepartments 只作用于 --department。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use &quot;create&quot;, &quot;batch&quot; or &quot;directory&quot;.</source>
        <translation>未知命令“%1”：请使用“create”“batch”或“directory”。</translation>
    </message>
</context>
<context>
    <name>CliPersonResolution</name>
    <message>
        <source>&quot;%1&quot; matches %2 people; give a job number or userid instead.</source>
        <translation>“%1”对应 %2 个人；请改用工号或 userid。</translation>
    </message>
    <message>
        <source>Nobody in the directory is &quot;%1&quot; (userid, job number, name or mobile number).</source>
        <translation>通讯录中没有“%1”这个人(userid、工号、姓名或手机号)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 departments; give its path, such as %3.</source>
        <translation>“%1”对应 %2 个部门；请给出部门路径，例如 %3。</translation>
    </message>
    <message>
        <source>No department of the directory is &quot;%1&quot;.</source>
        <translation>通讯录中没有“%1”这个部门。</translation>
    </message>
    <message>
        <source>Nobody in the directory is &quot;%1&quot;.</source>
        <translation>通讯录中没有“%1”这个人。</translation>
    </message>
</context>
<context>
    <name>CliPlan</name>
    <message>
        <source>Call %1 of %2: %3</source>
        <translation>第 %1 / %2 个请求：%3</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Run &quot;dingtalk-group-cli --help&quot; to see the options.</source>
        <translation>运行“dingtalk-group-cli --help”查看所有选项。</translation>
    </message>
    <message>
        <source>Nothing was sent to DingTalk.</source>
        <translation>没有向钉钉发送任何请求。</translation>
    </message>
    <message>
        <source>Problems found: %1. Nothing was sent to DingTalk.</source>
        <translation>发现问题：%1。没有向钉钉发送任何请求。</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Creating the group…</source>
        <translation>正在创建群…</translation>
    </message>
    <message>
        <source>Adding members: %1 of %2 are in the group…</source>
        <translation>正在添加成员：已有 %1 / %2 人入群…</translation>
    </message>
    <message>
        <source>DingTalk answered: errcode %1, %2</source>
        <translation>钉钉返回：errcode %1,%2</translation>
    </message>
    <message>
        <source>DingTalk&apos;s sub_code: %1</source>
        <translation>钉钉的 sub_code:%1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2); its page is not shown.</source>
        <translation>服务器返回 HTTP %1(%2)；页面内容不予显示。</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>无内容类型</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Created the group &quot;%1&quot; with all its members (%2).</source>
        <translation>已创建群“%1”，所有成员均已加入(%2 人)。</translation>
    </message>
    <message>
        <source>Created the group &quot;%1&quot;, but these members could not be added (%2):</source>
        <translation>已创建群“%1”，但以下成员未能加入(%2 人):</translation>
    </message>
    <message>
        <source>No group was created.</source>
        <translation>没有创建任何群。</translation>
    </message>
    <message>
        <source>Looking up phone numbers: %1 of %2…</source>
        <translation>正在查询手机号：%1 / %2…</translation>
    </message>
    <message>
        <source>Phone numbers looked up: %1; found: %2; not found: %3.</source>
        <translation>已查询手机号：%1 个；找到：%2 个；未找到：%3 个。</translation>
    </message>
    <message>
        <source>No employee could be found for %1 of the phone numbers. No group was created.</source>
        <translation>有 %1 个手机号找不到对应的员工。没有创建群。</translation>
    </message>
    <message>
        <source>Check these numbers, or add --skip-unresolved to create the group without them.</source>
        <translation>请检查这些号码，或加上 --skip-unresolved 以创建不含他们的群。</translation>
    </message>
    <message>
        <source>Dry run: creating this group would make these %1 calls. Nothing was created.</source>
        <translation>演练：创建该群会发出以下 %1 个请求。没有创建任何内容。</translation>
    </message>
    <message>
        <source>Notice: %1 would be left out: no employee has this number.</source>
        <translation>提示：%1 会被略去：没有员工使用这个号码。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Reading the directory: %1 of %2 departments, %3 people…</source>
        <translation>正在读取通讯录：%2 个部门中的 %1 个，%3 人……</translation>
    </message>
    <message>
        <source>Directory copied: %1 people in %2 departments.</source>
        <translation>已复制通讯录：%2 个部门，共 %1 人。</translation>
    </message>
    <message>
        <source>%1 departments are outside the app&apos;s contacts scope: their people are not in the copy.</source>
        <translation>有 %1 个部门不在应用的通讯录权限范围内：其中的人员不在副本中。</translation>
    </message>
    <message>
        <source>Nobody in the directory matches.</source>
        <translation>通讯录中没有匹配的人。</translation>
    </message>
    <message>
        <source>%1 people or departments could not be found exactly. No group was created.</source>
        <translation>有 %1 个人员或部门无法准确找到。没有创建群。</translation>
    </message>
    <message>
        <source>Warning: the directory could not be synced, so only userids and mobile numbers can be read; rows with names, job numbers or departments are invalid. %1</source>
        <translation>警告：无法同步通讯录，因此只能识别 userid 和手机号；填写姓名、工号或部门的行无效。%1</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to DingTalk</source>
        <translation>连接钉钉</translation>
    </message>
    <message>
        <source>Use the AppKey and AppSecret of your organisation&apos;s DingTalk app (from the DingTalk developer console), or paste an access token.</source>
        <translation>使用本组织钉钉应用的 AppKey 和 AppSecret(见钉钉开发者后台)，或粘贴一个访问凭证。</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>&amp;AppKey and AppSecret (tokens are renewed automatically)</source>
        <translation>&amp;AppKey 和 AppSecret(凭证自动续期)</translation>
    </message>
    <message>
        <source>AppKey:</source>
        <translation>AppKey:</translation>
    </message>
    <message>
        <source>dingxxxxxxxxxxxxxxxx</source>
        <translation>dingxxxxxxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>AppSecret:</source>
        <translation>AppSecret:</translation>
    </message>
    <message>
        <source>A &amp;pasted access token (valid for two hours)</source>
        <translation>粘贴的访问凭证(有效期两小时)(&amp;P)</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>访问凭证：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The secret and the token are kept in memory only and are forgotten when you close the program.</source>
        <translation>密钥和凭证只保存在内存中，关闭程序后即被遗忘。</translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation>请粘贴访问凭证。</translation>
    </message>
    <message>
        <source>Enter the AppKey.</source>
        <translation>请输入 AppKey。</translation>
    </message>
    <message>
        <source>Enter the AppSecret.</source>
        <translation>请输入 AppSecret。</translation>
    </message>
    <message>
        <source>Enter the server address, such as https://oapi.dingtalk.com.</source>
        <translation>请输入服务器地址，例如 https://oapi.dingtalk.com。</translation>
    </message>
    <message>
        <source>The address must start with https:// (plain http is only allowed to this computer).</source>
        <translation>地址必须以 https:// 开头(明文 http 只允许用于本机)。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>AP&amp;I:</source>
        <translation>接口(&amp;I):</translation>
    </message>
    <message>
        <source>Apps created in the DingTalk developer console today use the current API. Older apps that were granted the chat/create permission can keep using the legacy API.</source>
        <translation>如今在钉钉开发者后台创建的应用使用新版接口。已获得 chat/create 权限的旧应用可以继续使用旧版接口。</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V):</translation>
    </message>
    <message>
        <source>Legacy API (oapi.dingtalk.com, chat/create)</source>
        <translation>旧版接口(oapi.dingtalk.com,chat/create)</translation>
    </message>
    <message>
        <source>Current API (api.dingtalk.com, v1.0)</source>
        <translation>新版接口(api.dingtalk.com,v1.0)</translation>
    </message>
    <message>
        <source>&amp;Use This Connection</source>
        <translation>使用此连接(&amp;U)</translation>
    </message>
    <message>
        <source>Tests the connection first; nothing is created or changed in DingTalk</source>
        <translation>先测试连接；不会在钉钉中创建或更改任何内容</translation>
    </message>
    <message>
        <source>Connect A&amp;nyway</source>
        <translation>仍然连接(&amp;N)</translation>
    </message>
    <message>
        <source>Use these credentials although the test did not pass: creating groups may fail in the same way</source>
        <translation>测试未通过，仍使用这些凭据：建群可能会以同样的原因失败</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>请为连接起个名称。</translation>
    </message>
    <message>
        <source>Enter the AppKey from the app&apos;s page in the DingTalk developer console.</source>
        <translation>请输入钉钉开发者后台应用页面上的 AppKey。</translation>
    </message>
    <message>
        <source>The server address %1 is not a valid URL.</source>
        <translation>服务器地址 %1 不是有效的 URL。</translation>
    </message>
    <message>
        <source>The server address %1 must start with https:// (plain http is only allowed to this computer).</source>
        <translation>服务器地址 %1 必须以 https:// 开头(明文 http 只允许用于本机)。</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 seconds.</source>
        <translation>超时必须在 %1 到 %2 秒之间。</translation>
    </message>
</context>
<context>
    <name>ConnectionSummary</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Sandbox (nothing reaches DingTalk)</source>
        <translation>沙盒(不会发往钉钉)</translation>
    </message>
    <message>
        <source>Pasted access token @ %1</source>
        <translation>粘贴的访问凭证 @ %1</translation>
    </message>
    <message>
        <source>AppKey %1 @ %2</source>
        <translation>AppKey %1 @ %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>The connection works</source>
        <translation>连接正常</translation>
    </message>
    <message>
        <source>The AppKey or AppSecret is missing</source>
        <translation>缺少 AppKey 或 AppSecret</translation>
    </message>
    <message>
        <source>A connection needs the app&apos;s AppKey and AppSecret, or a pasted access token.</source>
        <translation>连接需要应用的 AppKey 和 AppSecret，或粘贴的访问凭证。</translation>
    </message>
    <message>
        <source>Copy the AppKey and AppSecret from the app&apos;s page in the DingTalk developer console.</source>
        <translation>请从钉钉开发者后台的应用页面复制 AppKey 和 AppSecret。</translation>
    </message>
    <message>
        <source>The AppKey or AppSecret is wrong</source>
        <translation>AppKey 或 AppSecret 错误</translation>
    </message>
    <message>
        <source>DingTalk did not accept the app&apos;s credentials, so no access token was issued.</source>
        <translation>钉钉未接受该应用的凭据，因此没有发放访问凭证。</translation>
    </message>
    <message>
        <source>Copy the AppKey and AppSecret again from the app&apos;s page in the DingTalk developer console; check that the connection uses the API generation the app was made for.</source>
        <translation>请从钉钉开发者后台的应用页面重新复制 AppKey 和 AppSecret；并确认连接使用的接口版本与应用相符。</translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, or the secure connection could not be set up. Company networks that inspect encrypted traffic present their own certificate.</source>
        <translation>服务器证书不受信任，或无法建立安全连接。会检查加密流量的公司网络会出示自己的证书。</translation>
    </message>
    <message>
        <source>If your company inspects traffic, ask IT for its CA certificate and add it to this connection&apos;s trusted certificate setting.</source>
        <translation>如果公司会检查网络流量，请向 IT 部门索取其 CA 证书，并添加到该连接的受信任证书设置中。</translation>
    </message>
    <message>
        <source>The proxy failed</source>
        <translation>代理出错</translation>
    </message>
    <message>
        <source>The proxy set for this connection could not be reached, refused the request or asked for a password that was not accepted.</source>
        <translation>无法连接该连接所设置的代理，或代理拒绝了请求，或代理要求的密码未被接受。</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address, port, user and password, or ask IT for the right proxy.</source>
        <translation>请检查代理的地址、端口、用户名和密码，或向 IT 部门询问正确的代理。</translation>
    </message>
    <message>
        <source>DingTalk issued an access token.</source>
        <translation>钉钉已签发访问凭证。</translation>
    </message>
    <message>
        <source>Reading groups (%1, for checking a group and its join link)</source>
        <translation>读取群（%1，用于核对群和获取入群链接）</translation>
    </message>
    <message>
        <source>Looking people up by phone number (%1)</source>
        <translation>按手机号查找人员（%1）</translation>
    </message>
    <message>
        <source>Getting join links (%1)</source>
        <translation>获取入群链接（%1）</translation>
    </message>
    <message>
        <source>Reading the departments (%1)</source>
        <translation>读取部门（%1）</translation>
    </message>
    <message>
        <source>Reading the people of a department (%1)</source>
        <translation>读取部门成员（%1）</translation>
    </message>
    <message>
        <source>Reading a person&apos;s details (%1)</source>
        <translation>读取人员详情（%1）</translation>
    </message>
    <message>
        <source>Searching people by name (%1)</source>
        <translation>按姓名搜索人员（%1）</translation>
    </message>
    <message>
        <source>Creating groups and adding members (%1)</source>
        <translation>建群和添加成员（%1）</translation>
    </message>
    <message>
        <source>%1: allowed.</source>
        <translation>%1：已授权。</translation>
    </message>
    <message>
        <source>%1: not allowed.</source>
        <translation>%1：未授权。</translation>
    </message>
    <message>
        <source>%1: could not be checked (%2).</source>
        <translation>%1：无法检查（%2）。</translation>
    </message>
    <message>
        <source>Access token: issued, so the AppKey, the AppSecret and the network are right.</source>
        <translation>访问凭证：已签发，说明 AppKey、AppSecret 和网络均无问题。</translation>
    </message>
    <message>
        <source>Creating groups (%1): cannot be checked without creating a group.</source>
        <translation>建群（%1）：不真正建群就无法检查。</translation>
    </message>
    <message>
        <source>The connection works, but the app lacks permissions</source>
        <translation>连接正常，但应用缺少部分权限</translation>
    </message>
</context>
<context>
    <name>DepartmentTreeModel</name>
    <message>
        <source>%1: DingTalk does not let this app see the people of this department.</source>
        <translation>%1：钉钉不允许本应用查看此部门的人员。</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
</context>
<context>
    <name>DirectoryMenu</name>
    <message>
        <source>The Directory Was Not Erased</source>
        <translation>通讯录未能删除</translation>
    </message>
    <message>
        <source>The copy of the directory could not be erased: %1</source>
        <translation>无法删除通讯录副本：%1</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>通讯录(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Refresh Directory</source>
        <translation>刷新通讯录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sync Directory</source>
        <translation>同步通讯录(&amp;S)</translation>
    </message>
    <message>
        <source>Read the organisation&apos;s departments and people from DingTalk, so people can be found by name</source>
        <translation>从钉钉读取组织的部门和人员，以便按姓名查找人员</translation>
    </message>
    <message>
        <source>&amp;Forget Directory…</source>
        <translation>清除通讯录(&amp;F)…</translation>
    </message>
    <message>
        <source>Erase the copy of the organisation&apos;s directory kept on this computer</source>
        <translation>删除保存在本机上的组织通讯录副本</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s directory: %1 of %2 departments, %3.</source>
        <translation>正在读取组织通讯录：已读 %1 / %2 个部门，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The directory is up to date: %1 in %n departments.</source>
        <translation>
            <numerusform>通讯录已是最新：%n 个部门，%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departments are outside the app&apos;s contacts scope: their people are not in the copy.</source>
        <translation>
            <numerusform>%n 个部门不在应用的通讯录权限范围内：其中的人员未包含在副本中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The Directory Was Not Saved</source>
        <translation>通讯录未能保存</translation>
    </message>
    <message>
        <source>The directory was read, but it could not be kept on this computer: %1

It is used until the program closes.</source>
        <translation>通讯录已读取，但无法保存在本机：%1

在程序关闭之前仍会使用它。</translation>
    </message>
    <message>
        <source>The sync was cancelled: the directory is as it was.</source>
        <translation>同步已取消：通讯录保持原样。</translation>
    </message>
    <message>
        <source>The sync was cancelled: there is still no directory.</source>
        <translation>同步已取消：仍然没有通讯录。</translation>
    </message>
    <message>
        <source>The Directory Was Not Synced</source>
        <translation>通讯录未能同步</translation>
    </message>
    <message>
        <source>Without a directory, members and owners are still given by userid or phone number.</source>
        <translation>没有通讯录时，仍可用 userid 或手机号指定成员和群主。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>怎么办：%1</translation>
    </message>
    <message>
        <source>DingTalk&apos;s answer: errcode %1, errmsg &quot;%2&quot;</source>
        <translation>钉钉的应答：errcode %1，errmsg“%2”</translation>
    </message>
    <message>
        <source>The directory on this computer is as it was.</source>
        <translation>本机上的通讯录保持原样。</translation>
    </message>
    <message>
        <source>Forget the Directory?</source>
        <translation>清除通讯录？</translation>
    </message>
    <message>
        <source>The copy of the organisation&apos;s directory on this computer (%1) is erased. Until the next sync, owners are no longer completed by name and members are no longer checked against it.

%2</source>
        <translation>本机上的组织通讯录副本（%1）将被删除。在下次同步之前，群主不能再按姓名补全，成员也不再与通讯录核对。

%2</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Forget Directory</source>
        <translation>清除通讯录</translation>
    </message>
    <message>
        <source>The directory was erased from this computer.</source>
        <translation>已从本机删除通讯录。</translation>
    </message>
    <message>
        <source>Not in the Directory</source>
        <translation>不在通讯录中</translation>
    </message>
    <message>
        <source>The directory (%1) has nobody with these userids: %2.

DingTalk refuses a request that carries someone outside the organisation. If they joined after the directory was synced, create the group anyway; otherwise correct the ids first.</source>
        <translation>通讯录（%1）中没有这些 userid 的人：%2。

请求中只要有组织外的人，钉钉就会拒绝。如果他们是在同步通讯录之后才加入的，请仍然创建群；否则请先更正这些 ID。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Check the Ids</source>
        <translation>检查 ID</translation>
    </message>
    <message>
        <source>Create Anyway</source>
        <translation>仍然创建</translation>
    </message>
</context>
<context>
    <name>DirectoryStatusLabel</name>
    <message>
        <source>updated just now</source>
        <translation>刚刚更新</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minutes ago</source>
        <translation>
            <numerusform>%n 分钟前更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hours ago</source>
        <translation>
            <numerusform>%n 小时前更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n days ago</source>
        <translation>
            <numerusform>%n 天前更新</numerusform>
        </translation>
    </message>
    <message>
        <source>updated on %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Syncing the directory…</source>
        <translation>正在同步通讯录…</translation>
    </message>
    <message>
        <source>No directory — Sync to find people by name</source>
        <translation>没有通讯录 — 同步后即可按姓名查找人员</translation>
    </message>
    <message>
        <source>Directory ▸ Sync Directory reads the organisation&apos;s people from DingTalk: owners are then completed by name, and members checked before a group is created.</source>
        <translation>“通讯录 ▸ 同步通讯录”会从钉钉读取组织的人员：之后群主可按姓名补全，创建群之前也会核对成员。</translation>
    </message>
    <message>
        <source>Directory: %1 · %2</source>
        <translation>通讯录：%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %1; %n departments.</source>
        <translation>
            <numerusform>同步于 %1；共 %n 个部门。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departments are outside the app&apos;s contacts scope: their people are not in the copy.</source>
        <translation>
            <numerusform>%n 个部门不在应用的通讯录权限范围内：其中的人员未包含在副本中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the directory…</source>
        <translation>正在读取通讯录…</translation>
    </message>
    <message>
        <source>The directory could not be read — Forget it, then sync again</source>
        <translation>无法读取通讯录 — 请先清除，再重新同步</translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message>
        <source>The directory file &quot;%1&quot; cannot be opened: %2</source>
        <translation>无法打开通讯录文件“%1”：%2</translation>
    </message>
    <message>
        <source>The directory file &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取通讯录文件“%1”：%2</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The directory file &quot;%1&quot; cannot be created: %2</source>
        <translation>无法创建通讯录文件“%1”：%2</translation>
    </message>
    <message>
        <source>The directory could not be saved in &quot;%1&quot;: %2</source>
        <translation>无法把通讯录保存到“%1”：%2</translation>
    </message>
    <message>
        <source>The directory file &quot;%1&quot; cannot be deleted.</source>
        <translation>无法删除通讯录文件“%1”。</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Ask your DingTalk administrator to check the app in the DingTalk developer console.</source>
        <translation>请钉钉管理员在钉钉开发者后台检查该应用。</translation>
    </message>
    <message>
        <source>DingTalk is busy</source>
        <translation>钉钉繁忙</translation>
    </message>
    <message>
        <source>DingTalk&apos;s servers could not handle the request just now.</source>
        <translation>钉钉服务器暂时无法处理该请求。</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>请稍等一分钟后重试。</translation>
    </message>
    <message>
        <source>DingTalk refused the app&apos;s authorisation</source>
        <translation>钉钉拒绝了应用的授权</translation>
    </message>
    <message>
        <source>The app is not authorised for this request: %1</source>
        <translation>该应用无权发起此请求：%1</translation>
    </message>
    <message>
        <source>The access token was not accepted</source>
        <translation>访问凭证(access_token)未被接受</translation>
    </message>
    <message>
        <source>The access token is missing, wrong or has expired. Tokens last two hours.</source>
        <translation>访问凭证缺失、错误或已过期。凭证有效期为两小时。</translation>
    </message>
    <message>
        <source>Paste a new access token, or connect with AppKey and AppSecret so tokens are renewed automatically.</source>
        <translation>请粘贴新的访问凭证，或改用 AppKey 和 AppSecret 连接，以便自动续期凭证。</translation>
    </message>
    <message>
        <source>A member id is not a valid DingTalk userid</source>
        <translation>某个成员 ID 不是有效的钉钉 userid</translation>
    </message>
    <message>
        <source>DingTalk does not recognise one of the ids as a userid.</source>
        <translation>钉钉无法将其中一个 ID 识别为 userid。</translation>
    </message>
    <message>
        <source>Check the member ids: a userid is not a name or a phone number. Your administrator can look ids up in the DingTalk admin console.</source>
        <translation>请检查成员 ID:userid 不是姓名也不是手机号。管理员可在钉钉管理后台查到 ID。</translation>
    </message>
    <message>
        <source>Someone is not in your organisation&apos;s contacts</source>
        <translation>有人不在本组织的通讯录中</translation>
    </message>
    <message>
        <source>At least one member id is not an employee of this organisation (or has left it). DingTalk rejects the whole request then.</source>
        <translation>至少有一个成员 ID 不是本组织的员工(或已离职)。此时钉钉会拒绝整个请求。</translation>
    </message>
    <message>
        <source>Check the ids in the member list, remove the wrong ones and try again.</source>
        <translation>请检查成员列表中的 ID，删除错误的 ID 后重试。</translation>
    </message>
    <message>
        <source>A required field is missing or invalid</source>
        <translation>缺少必填项或必填项无效</translation>
    </message>
    <message>
        <source>DingTalk says a required value is missing or wrong (for a new group: usually the group name).</source>
        <translation>钉钉提示某个必填值缺失或错误(新建群时通常是群名称)。</translation>
    </message>
    <message>
        <source>Check the group name, the owner and the members.</source>
        <translation>请检查群名称、群主和成员。</translation>
    </message>
    <message>
        <source>The AppKey or AppSecret is wrong</source>
        <translation>AppKey 或 AppSecret 错误</translation>
    </message>
    <message>
        <source>DingTalk did not accept the app&apos;s credentials, so no access token was issued.</source>
        <translation>钉钉未接受该应用的凭据，因此没有发放访问凭证。</translation>
    </message>
    <message>
        <source>Copy the AppKey and AppSecret again from the app&apos;s page in the DingTalk developer console.</source>
        <translation>请从钉钉开发者后台的应用页面重新复制 AppKey 和 AppSecret。</translation>
    </message>
    <message>
        <source>DingTalk could not read the request</source>
        <translation>钉钉无法读取该请求</translation>
    </message>
    <message>
        <source>The request was not in the form DingTalk expects. This is a fault in this tool, not in your input.</source>
        <translation>请求格式不符合钉钉的要求。这是本工具的问题，不是您输入的问题。</translation>
    </message>
    <message>
        <source>Report it to IT with the details below.</source>
        <translation>请将下方详细信息报告给 IT 部门。</translation>
    </message>
    <message>
        <source>The app lacks the permission for this</source>
        <translation>该应用缺少此操作的权限</translation>
    </message>
    <message>
        <source>The group was not found</source>
        <translation>找不到该群</translation>
    </message>
    <message>
        <source>DingTalk does not know this group id, or it belongs to another organisation.</source>
        <translation>钉钉不认识这个群 ID，或该群属于其他组织。</translation>
    </message>
    <message>
        <source>Check the group id and that you are connected to the right organisation.</source>
        <translation>请检查群 ID，并确认连接的是正确的组织。</translation>
    </message>
    <message>
        <source>The group id is missing</source>
        <translation>缺少群 ID</translation>
    </message>
    <message>
        <source>DingTalk needs the group id for this request.</source>
        <translation>该请求需要群 ID。</translation>
    </message>
    <message>
        <source>A member is both added and removed</source>
        <translation>同一成员既被添加又被移除</translation>
    </message>
    <message>
        <source>The same person is in the list to add and in the list to remove.</source>
        <translation>同一个人同时出现在添加列表和移除列表中。</translation>
    </message>
    <message>
        <source>Remove the person from one of the lists.</source>
        <translation>请从其中一个列表中去掉此人。</translation>
    </message>
    <message>
        <source>The group would be too large</source>
        <translation>群人数将超过上限</translation>
    </message>
    <message>
        <source>A DingTalk group holds at most %1 members.</source>
        <translation>一个钉钉群最多容纳 %1 人。</translation>
    </message>
    <message>
        <source>Split the members over several groups.</source>
        <translation>请把成员分到多个群中。</translation>
    </message>
    <message>
        <source>The owner is not among the members</source>
        <translation>群主不在成员列表中</translation>
    </message>
    <message>
        <source>DingTalk requires the group owner in the member list.</source>
        <translation>钉钉要求群主必须在成员列表中。</translation>
    </message>
    <message>
        <source>Add the owner to the members and create the group again.</source>
        <translation>请把群主加入成员列表，然后重新创建群。</translation>
    </message>
    <message>
        <source>The member list is empty</source>
        <translation>成员列表为空</translation>
    </message>
    <message>
        <source>DingTalk needs at least one member.</source>
        <translation>钉钉要求至少有一名成员。</translation>
    </message>
    <message>
        <source>Add members.</source>
        <translation>请添加成员。</translation>
    </message>
    <message>
        <source>The owner is missing</source>
        <translation>缺少群主</translation>
    </message>
    <message>
        <source>DingTalk needs a group owner.</source>
        <translation>钉钉要求指定群主。</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s userid.</source>
        <translation>请输入群主的 userid。</translation>
    </message>
    <message>
        <source>Too many members in one request</source>
        <translation>单次请求的成员过多</translation>
    </message>
    <message>
        <source>DingTalk takes at most %1 members per request.</source>
        <translation>钉钉每次请求最多接受 %1 名成员。</translation>
    </message>
    <message>
        <source>Report it to IT: this tool should have split the list.</source>
        <translation>请报告给 IT 部门：本工具本应拆分该列表。</translation>
    </message>
    <message>
        <source>The group name is not allowed</source>
        <translation>群名称不被允许</translation>
    </message>
    <message>
        <source>DingTalk rejected the group name (1 to %1 characters).</source>
        <translation>钉钉拒绝了该群名称(需 1 到 %1 个字符)。</translation>
    </message>
    <message>
        <source>Choose a shorter or plainer name.</source>
        <translation>请换一个更短或更简单的名称。</translation>
    </message>
    <message>
        <source>The owner is not an employee</source>
        <translation>群主不是本组织员工</translation>
    </message>
    <message>
        <source>The owner must be an employee of this organisation.</source>
        <translation>群主必须是本组织的员工。</translation>
    </message>
    <message>
        <source>Choose an owner from your organisation.</source>
        <translation>请从本组织中选择群主。</translation>
    </message>
    <message>
        <source>DingTalk had an internal error</source>
        <translation>钉钉内部错误</translation>
    </message>
    <message>
        <source>DingTalk&apos;s servers reported a system error.</source>
        <translation>钉钉服务器报告了系统错误。</translation>
    </message>
    <message>
        <source>A value is not accepted</source>
        <translation>某个参数值不被接受</translation>
    </message>
    <message>
        <source>DingTalk rejected a parameter, for example a group name that is too long.</source>
        <translation>钉钉拒绝了某个参数，例如群名称过长。</translation>
    </message>
    <message>
        <source>Check the group name and the ids.</source>
        <translation>请检查群名称和各个 ID。</translation>
    </message>
    <message>
        <source>Someone is outside the app&apos;s visible range</source>
        <translation>有人不在应用的可见范围内</translation>
    </message>
    <message>
        <source>A member or department is outside the range of contacts this app may see.</source>
        <translation>某个成员或部门不在该应用可见的通讯录范围内。</translation>
    </message>
    <message>
        <source>Ask your DingTalk administrator to widen the app&apos;s contact range, or remove that member.</source>
        <translation>请钉钉管理员扩大应用的通讯录可见范围，或移除该成员。</translation>
    </message>
    <message>
        <source>This computer&apos;s address is not allowed</source>
        <translation>本机的 IP 地址不在允许范围内</translation>
    </message>
    <message>
        <source>The app only accepts calls from IP addresses on its allow-list, and this network&apos;s address is not on it.</source>
        <translation>该应用只接受服务器出口 IP 白名单中的地址调用，而当前网络的地址不在其中。</translation>
    </message>
    <message>
        <source>Ask your DingTalk administrator to add this network&apos;s public IP address to the app&apos;s server IP allow-list.</source>
        <translation>请钉钉管理员把当前网络的公网 IP 加入应用的服务器出口 IP 白名单。</translation>
    </message>
    <message>
        <source>No employee has this phone number</source>
        <translation>没有员工使用这个手机号</translation>
    </message>
    <message>
        <source>No current employee of the organisation uses this mobile number (former employees are not found).</source>
        <translation>本组织没有在职员工使用这个手机号(已离职员工查不到)。</translation>
    </message>
    <message>
        <source>Check the number, or add the person by userid.</source>
        <translation>请检查号码，或改用 userid 添加此人。</translation>
    </message>
    <message>
        <source>The phone number is not valid</source>
        <translation>手机号无效</translation>
    </message>
    <message>
        <source>DingTalk cannot read this mobile number.</source>
        <translation>钉钉无法识别这个手机号。</translation>
    </message>
    <message>
        <source>Check the number.</source>
        <translation>请检查号码。</translation>
    </message>
    <message>
        <source>That person is not in the group</source>
        <translation>此人不在群中</translation>
    </message>
    <message>
        <source>Only a member of the group can share its join link.</source>
        <translation>只有群成员才能分享入群链接。</translation>
    </message>
    <message>
        <source>Choose a member of the group.</source>
        <translation>请选择一名群成员。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <source>DingTalk limits how often an app may call it.</source>
        <translation>钉钉限制了应用的调用频率。</translation>
    </message>
    <message>
        <source>Wait a few seconds and try again.</source>
        <translation>请等几秒后重试。</translation>
    </message>
    <message>
        <source>The monthly call quota is used up</source>
        <translation>本月调用次数已用完</translation>
    </message>
    <message>
        <source>The organisation has used all of this month&apos;s DingTalk API calls.</source>
        <translation>本组织本月的钉钉 API 调用次数已全部用完。</translation>
    </message>
    <message>
        <source>Wait for next month or ask your administrator to upgrade the DingTalk edition. Do not retry now.</source>
        <translation>请等到下个月，或请管理员升级钉钉版本。现在不要重试。</translation>
    </message>
    <message>
        <source>This network is blocked for a few minutes</source>
        <translation>当前网络被暂时封禁几分钟</translation>
    </message>
    <message>
        <source>DingTalk blocks an address for five minutes after too many calls from it.</source>
        <translation>同一地址调用过多时，钉钉会将其封禁五分钟。</translation>
    </message>
    <message>
        <source>Wait five minutes, then try again.</source>
        <translation>请等五分钟后再试。</translation>
    </message>
    <message>
        <source>DingTalk refused the request</source>
        <translation>钉钉拒绝了该请求</translation>
    </message>
    <message>
        <source>DingTalk answered with an error this tool does not know.</source>
        <translation>钉钉返回了本工具不认识的错误。</translation>
    </message>
    <message>
        <source>Read DingTalk&apos;s message below; if it does not help, send the details to IT.</source>
        <translation>请阅读下方钉钉返回的信息；如仍无法解决，请把详细信息发给 IT 部门。</translation>
    </message>
    <message>
        <source>DingTalk did not answer in time.</source>
        <translation>钉钉未能及时应答。</translation>
    </message>
    <message>
        <source>The request was cancelled after it had been sent.</source>
        <translation>请求在发出之后被取消。</translation>
    </message>
    <message>
        <source>The connection broke before DingTalk&apos;s answer arrived.</source>
        <translation>在收到钉钉的应答之前连接中断了。</translation>
    </message>
    <message>
        <source>DingTalk&apos;s answer could not be read.</source>
        <translation>无法读取钉钉的应答。</translation>
    </message>
    <message>
        <source>The group may exist</source>
        <translation>群可能已经创建</translation>
    </message>
    <message>
        <source>The request reached DingTalk, so the group may have been created.</source>
        <translation>请求已到达钉钉，群可能已经创建。</translation>
    </message>
    <message>
        <source>The server address is not safe</source>
        <translation>服务器地址不安全</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer; any other server must use https.</source>
        <translation>只有本机地址才允许使用明文 http；其他服务器必须使用 https。</translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation>请使用 https:// 地址。</translation>
    </message>
    <message>
        <source>The server was not found</source>
        <translation>找不到服务器</translation>
    </message>
    <message>
        <source>The server name could not be looked up. The computer may be offline, or the address is mistyped.</source>
        <translation>无法解析服务器名称。电脑可能未联网，或地址输错了。</translation>
    </message>
    <message>
        <source>Check the network connection and the server address, then try again.</source>
        <translation>请检查网络连接和服务器地址，然后重试。</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>服务器拒绝了连接</translation>
    </message>
    <message>
        <source>Nothing answers at this address and port; nothing was sent.</source>
        <translation>该地址和端口没有服务应答；没有发送任何内容。</translation>
    </message>
    <message>
        <source>Check the server address, or whether a proxy or firewall is in the way, then try again.</source>
        <translation>请检查服务器地址，或是否有代理、防火墙阻挡，然后重试。</translation>
    </message>
    <message>
        <source>The connection broke</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <source>The connection was cut before DingTalk&apos;s answer arrived.</source>
        <translation>在收到钉钉的应答之前连接被切断。</translation>
    </message>
    <message>
        <source>Check the network connection, then try again.</source>
        <translation>请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <source>DingTalk did not answer in time</source>
        <translation>钉钉未能及时应答</translation>
    </message>
    <message>
        <source>No answer arrived within the time limit.</source>
        <translation>在限定时间内没有收到应答。</translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. A company network that inspects traffic can cause this.</source>
        <translation>服务器证书未被接受，因此没有发送任何内容。会检查加密流量的公司网络可能导致此问题。</translation>
    </message>
    <message>
        <source>Ask IT whether the network needs a company certificate; never ignore this warning.</source>
        <translation>请询问 IT 部门网络是否需要公司证书；切勿忽略此警告。</translation>
    </message>
    <message>
        <source>The server sent us elsewhere</source>
        <translation>服务器将请求重定向到了别处</translation>
    </message>
    <message>
        <source>DingTalk never redirects; the request was not followed so that no token leaves for another server.</source>
        <translation>钉钉从不重定向；为避免凭证被发往其他服务器，本工具没有跟随重定向。</translation>
    </message>
    <message>
        <source>Check the server address and any proxy settings.</source>
        <translation>请检查服务器地址和代理设置。</translation>
    </message>
    <message>
        <source>The server answered with an error page (HTTP %1)</source>
        <translation>服务器返回了错误页面(HTTP %1)</translation>
    </message>
    <message>
        <source>The answer did not come from DingTalk&apos;s API, or DingTalk had a problem.</source>
        <translation>该应答不是来自钉钉 API，或钉钉出现了问题。</translation>
    </message>
    <message>
        <source>Try again in a few minutes; check the server address and proxy if it persists.</source>
        <translation>请几分钟后重试；如问题持续，请检查服务器地址和代理。</translation>
    </message>
    <message>
        <source>DingTalk&apos;s answer could not be read</source>
        <translation>无法读取钉钉的应答</translation>
    </message>
    <message>
        <source>The answer was not in the form DingTalk uses (HTTP %1, %2).</source>
        <translation>应答不是钉钉使用的格式(HTTP %1,%2)。</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>无内容类型</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The request was cancelled before anything was changed.</source>
        <translation>请求在做出任何更改之前已被取消。</translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>请求失败</translation>
    </message>
    <message>
        <source>A network problem stopped the request: %1</source>
        <translation>网络问题导致请求中止：%1</translation>
    </message>
    <message>
        <source>getting an access token</source>
        <translation>获取访问凭证</translation>
    </message>
    <message>
        <source>creating groups</source>
        <translation>建群</translation>
    </message>
    <message>
        <source>adding members to groups</source>
        <translation>向群添加成员</translation>
    </message>
    <message>
        <source>reading groups</source>
        <translation>读取群</translation>
    </message>
    <message>
        <source>getting a group&apos;s join link</source>
        <translation>获取群的入群链接</translation>
    </message>
    <message>
        <source>looking people up by phone number</source>
        <translation>按手机号查找人员</translation>
    </message>
    <message>
        <source>reading the organisation&apos;s departments</source>
        <translation>读取组织的部门</translation>
    </message>
    <message>
        <source>reading the people of a department</source>
        <translation>读取部门成员</translation>
    </message>
    <message>
        <source>reading a person&apos;s details</source>
        <translation>读取人员详情</translation>
    </message>
    <message>
        <source>searching people by name</source>
        <translation>按姓名搜索人员</translation>
    </message>
    <message>
        <source>Check DingTalk for the group (the owner sees a new group at the top of their chat list) before trying again, so that it is not created twice.</source>
        <translation>再次尝试之前，请先在钉钉中查看该群（群主会在会话列表顶部看到新群），以免重复建群。</translation>
    </message>
    <message>
        <source>The group may exist, or the organisation cannot create more groups</source>
        <translation>群可能已经创建，也可能组织已无法再建群</translation>
    </message>
    <message>
        <source>DingTalk&apos;s documentation does not say whether the group was made; DingTalk has answered so when an organisation had used up its quota of groups.</source>
        <translation>钉钉文档没有说明此时群是否已创建；曾有组织在群数量配额用尽时收到这一答复。</translation>
    </message>
    <message>
        <source>If there is no such group and the answer repeats, the organisation may have reached DingTalk&apos;s limit on groups: contact its DingTalk administrator or DingTalk.</source>
        <translation>如果没有这个群且再次收到同样的答复，组织可能已达到钉钉的群数量上限：请联系组织的钉钉管理员或钉钉。</translation>
    </message>
    <message>
        <source>DingTalk&apos;s documentation does not say that this answer means nothing was done, so the group may have been created.</source>
        <translation>钉钉文档没有说明这一答复表示未执行任何操作，因此群可能已经创建。</translation>
    </message>
    <message>
        <source>DingTalk answered with a system error.</source>
        <translation>钉钉答复系统错误。</translation>
    </message>
    <message>
        <source>DingTalk answered that this network address is blocked for five minutes after too many calls.</source>
        <translation>钉钉答复：此网络地址调用过于频繁，已被限制访问五分钟。</translation>
    </message>
    <message>
        <source>DingTalk answered that it was busy.</source>
        <translation>钉钉答复系统繁忙。</translation>
    </message>
    <message>
        <source>The per-minute limit was reached</source>
        <translation>已达到每分钟调用上限</translation>
    </message>
    <message>
        <source>DingTalk limits how often an app may call this API in a minute; nothing was done.</source>
        <translation>钉钉限制应用每分钟调用此接口的次数；本次未执行任何操作。</translation>
    </message>
    <message>
        <source>Wait at least a minute before trying again; stop a long run of requests and resume it later.</source>
        <translation>请至少等待一分钟再试；如在批量处理，请先停止，稍后再继续。</translation>
    </message>
    <message>
        <source>DingTalk did not make the change</source>
        <translation>钉钉未执行此修改</translation>
    </message>
    <message>
        <source>DingTalk answered &quot;success: false&quot; without a reason.</source>
        <translation>钉钉答复“success: false”，未说明原因。</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps failing, send the details to IT.</source>
        <translation>请几分钟后再试；如果仍然失败，请把详细信息发给 IT。</translation>
    </message>
    <message>
        <source>DingTalk did not accept a member id</source>
        <translation>钉钉不接受某个成员 ID</translation>
    </message>
    <message>
        <source>DingTalk answered &quot;parameter invalid&quot; when adding these members: most likely an id is not a userid of this organisation.</source>
        <translation>添加这些成员时钉钉答复“参数错误”：很可能某个 ID 不是本组织的 userid。</translation>
    </message>
    <message>
        <source>The organisation has reached DingTalk&apos;s limit on groups</source>
        <translation>组织已达到钉钉的群数量上限</translation>
    </message>
    <message>
        <source>DingTalk creates no more groups for this organisation; nothing was created. Ordinary groups cannot be dissolved through DingTalk&apos;s API, and DingTalk&apos;s documentation points to its newer group APIs.</source>
        <translation>钉钉不再为该组织创建新群；本次未创建任何群。普通群无法通过钉钉接口解散，钉钉文档建议改用其新版群接口。</translation>
    </message>
    <message>
        <source>Contact your organisation&apos;s DingTalk administrator or DingTalk about the limit.</source>
        <translation>请就此上限联系组织的钉钉管理员或钉钉。</translation>
    </message>
    <message>
        <source>DingTalk refused this group-chat request</source>
        <translation>钉钉拒绝了此群聊请求</translation>
    </message>
    <message>
        <source>DingTalk did not accept the request for a reason of the group chat itself (errcode %1); nothing was changed. Its message below names the reason.</source>
        <translation>钉钉因群聊本身的原因未接受此请求（errcode %1）；未做任何修改。下方钉钉的消息说明了原因。</translation>
    </message>
    <message>
        <source>Correct what DingTalk&apos;s message names and try again; if it is unclear, send the details to IT.</source>
        <translation>请按钉钉消息所述更正后再试；如不清楚，请把详细信息发给 IT。</translation>
    </message>
    <message>
        <source>DingTalk does not know the organisation</source>
        <translation>钉钉不认识该组织</translation>
    </message>
    <message>
        <source>DingTalk answered that the organisation of this app does not exist or was dissolved.</source>
        <translation>钉钉答复：此应用所属的组织不存在或已解散。</translation>
    </message>
    <message>
        <source>Check that the connection uses the app of the right organisation.</source>
        <translation>请确认连接使用的是正确组织的应用。</translation>
    </message>
    <message>
        <source>The department was not found</source>
        <translation>找不到该部门</translation>
    </message>
    <message>
        <source>DingTalk does not know this department, or it is outside the app&apos;s contacts range.</source>
        <translation>钉钉不认识该部门，或该部门不在应用的通讯录范围内。</translation>
    </message>
    <message>
        <source>Choose the department again from the directory; ask your administrator about the app&apos;s contacts range.</source>
        <translation>请从通讯录重新选择部门；并向管理员了解应用的通讯录范围。</translation>
    </message>
    <message>
        <source>DingTalk refused the page size</source>
        <translation>钉钉拒绝了分页大小</translation>
    </message>
    <message>
        <source>The request asked for more entries at once than DingTalk allows. This is a fault in this tool.</source>
        <translation>请求一次索取的条目多于钉钉允许的数量。这是本工具的问题。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; if it keeps failing, DingTalk advises filing a ticket with it.</source>
        <translation>请几分钟后再试；如果一直失败，钉钉建议向其提交工单。</translation>
    </message>
    <message>
        <source>DingTalk has stopped these requests for a while</source>
        <translation>钉钉暂时停止了这些请求</translation>
    </message>
    <message>
        <source>DingTalk&apos;s gateway refused the request before it reached the API: requests from this organisation or this network address are temporarily disabled. Nothing was done.</source>
        <translation>钉钉网关在请求到达接口之前就拒绝了它：来自该组织或此网络地址的请求暂时被禁用。未执行任何操作。</translation>
    </message>
    <message>
        <source>Do not retry now. If it lasts, ask your DingTalk administrator or DingTalk why the requests are disabled.</source>
        <translation>现在请不要重试。如果持续如此，请向钉钉管理员或钉钉询问请求被禁用的原因。</translation>
    </message>
    <message>
        <source>The DingTalk app has not been granted the permission for %1.</source>
        <translation>该钉钉应用未获得%1的权限。</translation>
    </message>
    <message>
        <source>The DingTalk app has not been granted the permission for %1 (%2).</source>
        <translation>该钉钉应用未获得%1的权限（%2）。</translation>
    </message>
    <message>
        <source>DingTalk names what is missing: %1.</source>
        <translation>钉钉指出缺少：%1。</translation>
    </message>
    <message>
        <source>Ask your DingTalk administrator to add the permission to the app in the DingTalk developer console.</source>
        <translation>请钉钉管理员在钉钉开发者后台为应用添加该权限。</translation>
    </message>
    <message>
        <source>Ask your DingTalk administrator to add %1 to the app&apos;s permissions in the DingTalk developer console.</source>
        <translation>请钉钉管理员在钉钉开发者后台为应用添加权限 %1。</translation>
    </message>
    <message>
        <source>Apps created recently can no longer be granted it for the older chat/create API: for a new app, use the newer DingTalk API generation.</source>
        <translation>新近创建的应用已无法为旧版 chat/create 接口获得该权限：新应用请使用新版钉钉接口。</translation>
    </message>
    <message>
        <source>DingTalk answered &quot;ok&quot; without the group&apos;s ids (the answer held: %1), so the group probably exists but this tool cannot name it; nothing more was sent.</source>
        <translation>钉钉答复“ok”，但没有给出群 ID（答复中只有：%1），因此群很可能已创建，但本工具无法确定是哪个群；之后未再发送任何请求。</translation>
    </message>
    <message>
        <source>no fields</source>
        <translation>没有任何字段</translation>
    </message>
    <message>
        <source>DingTalk&apos;s answer lacked what was asked for</source>
        <translation>钉钉的答复缺少所需内容</translation>
    </message>
    <message>
        <source>DingTalk answered HTTP %1 (%2) without what a success holds; the answer held only: %3.</source>
        <translation>钉钉答复 HTTP %1（%2），但缺少成功答复应有的内容；答复中只有：%3。</translation>
    </message>
    <message>
        <source>The app may not read the organisation&apos;s directory</source>
        <translation>该应用无权读取组织通讯录</translation>
    </message>
    <message>
        <source>The DingTalk app has not been granted the permission %1, which reading the organisation&apos;s departments and their people needs. Without it, people cannot be found by name, job number or department; userids and mobile numbers still work.</source>
        <translation>该钉钉应用未获得读取组织部门及其人员所需的权限 %1。没有这项权限，就无法按姓名、工号或部门查找人员；userid 和手机号仍可使用。</translation>
    </message>
    <message>
        <source>Ask your DingTalk administrator to add the permission %1 to the app in the DingTalk developer console, then sync the directory again.</source>
        <translation>请钉钉管理员在钉钉开发者后台为应用添加权限 %1，然后重新同步通讯录。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences one after the other</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The answer was larger than %1 MB, far more than DingTalk ever sends, so it was not read.</source>
        <translation>应答大于 %1 MB，远超钉钉发送过的任何应答，因此未读取。</translation>
    </message>
    <message>
        <source>The answer was too large</source>
        <translation>应答过大</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MB, far more than DingTalk ever sends, so it was not read (it would only fill the memory). The server address may point to something else than DingTalk.</source>
        <translation>服务器的应答大于 %1 MB，远超钉钉发送过的任何应答，因此未读取（读取只会占满内存）。服务器地址可能指向的不是钉钉。</translation>
    </message>
    <message>
        <source>Check the server address and any proxy settings, then try again.</source>
        <translation>请检查服务器地址和代理设置，然后重试。</translation>
    </message>
</context>
<context>
    <name>FileSaver</name>
    <message>
        <source>only part of it could be written</source>
        <translation>只写入了一部分</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the disk is full (no room is left in %1). Free some space there and try again.</source>
        <translation>磁盘已满（%1 中已没有剩余空间）。请先腾出一些空间再试。</translation>
    </message>
</context>
<context>
    <name>FormUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Put the form back as it was</source>
        <translation>把表单恢复原样</translation>
    </message>
</context>
<context>
    <name>GroupVerifier</name>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>The group is named “%1”, not “%2” as asked.</source>
        <translation>群名称是“%1”，而不是要求的“%2”。</translation>
    </message>
    <message>
        <source>The owner is %1, not %2 as asked.</source>
        <translation>群主是 %1，而不是要求的 %2。</translation>
    </message>
    <message>
        <source>The group has %1 members; %2 were asked for.</source>
        <translation>群里有 %1 名成员；要求的是 %2 名。</translation>
    </message>
    <message>
        <source>“%1” is %2 in DingTalk, but %3 was asked.</source>
        <translation>“%1”在钉钉中为%2，但要求的是%3。</translation>
    </message>
    <message>
        <source>Asked for but not in the group (%1): %2</source>
        <translation>要求加入但不在群中(%1 人):%2</translation>
    </message>
    <message>
        <source>In the group but not asked for (%1): %2</source>
        <translation>在群中但未要求加入(%1 人):%2</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>Connecting: the AppKey and AppSecret</source>
        <translation>连接：AppKey 和 AppSecret</translation>
    </message>
    <message>
        <source>The app talks to DingTalk as an internal app of your organisation. An administrator creates it in the DingTalk developer console (open-dev.dingtalk.com): App development, then the app, then Credentials and basic information, where the AppKey and AppSecret are shown.</source>
        <translation>本程序以贵单位“企业内部应用”的身份访问钉钉。管理员在钉钉开发者后台（open-dev.dingtalk.com）创建该应用：依次进入“应用开发”、该应用、“凭证与基础信息”，即可看到 AppKey 和 AppSecret。</translation>
    </message>
    <message>
        <source>The app needs these permissions, granted in the console under Permission management: qyapi_chat_manage to create groups and add members; qyapi_chat_read to verify a group; qyapi_chat_base_read for the join link and QR code; qyapi_get_member_by_mobile to look up phone numbers. The people you add must be within the app&apos;s contacts scope.</source>
        <translation>应用需要以下权限，在后台的“权限管理”中开通：qyapi_chat_manage 用于建群和添加成员；qyapi_chat_read 用于核对群；qyapi_chat_base_read 用于入群链接和二维码；qyapi_get_member_by_mobile 用于查询手机号。要添加的人必须在应用的通讯录权限范围内。</translation>
    </message>
    <message>
        <source>Connection ▸ Manage Connections… saves a connection (the AppSecret goes to the system keychain) and tests it. Try everything first in the sandbox: nothing you do there reaches DingTalk.</source>
        <translation>“连接 ▸ 管理连接…”可以保存并测试连接（AppSecret 存入系统钥匙串）。建议先在沙盒中试用：在沙盒里做的一切都不会到达钉钉。</translation>
    </message>
    <message>
        <source>Members: what a userid is</source>
        <translation>成员：什么是 userid</translation>
    </message>
    <message>
        <source>A userid is the id DingTalk gives each person in the organisation, for example manager4220. It is not the name and not the phone number. An administrator sees it in the DingTalk admin console under Contacts, on each person&apos;s page (员工 UserID), and can export the whole list as a spreadsheet.</source>
        <translation>userid 是钉钉给单位里每个人的编号，例如 manager4220。它不是姓名，也不是手机号。管理员在钉钉管理后台的“通讯录”中、每个人的详情页上可以看到（员工 UserID），也可以把整个通讯录导出为表格。</translation>
    </message>
    <message>
        <source>Type or paste userids, import a spreadsheet or CSV file (the import finds the userid, name and phone columns), or add phone numbers: they are looked up in DingTalk before the group is created. The owner must be one of the members and is added when missing.</source>
        <translation>可以输入或粘贴 userid，导入表格或 CSV 文件（导入时会自动找出 userid、姓名和手机号列），也可以添加手机号：建群前会先在钉钉查询。群主必须是成员之一，缺少时会自动加入。</translation>
    </message>
    <message>
        <source>The switches</source>
        <translation>群设置</translation>
    </message>
    <message>
        <source>New members can read the last 100 messages: people who join later see the 100 most recent messages.</source>
        <translation>新成员可查看最近 100 条消息：后来入群的人能看到最近的 100 条消息。</translation>
    </message>
    <message>
        <source>The group can be found by search: anyone in the organisation can find the group by its name.</source>
        <translation>群可以被搜索到：单位里的任何人都能按群名称搜到这个群。</translation>
    </message>
    <message>
        <source>Joining needs approval: the owner or an admin approves each person who asks to join.</source>
        <translation>入群需要验证：每个申请入群的人都要由群主或管理员批准。</translation>
    </message>
    <message>
        <source>Only the owner may @all: only the owner can notify everyone at once.</source>
        <translation>仅群主可 @所有人：只有群主能一次提醒所有人。</translation>
    </message>
    <message>
        <source>Only the owner may manage the group: only the owner renames it, changes its settings and adds or removes people.</source>
        <translation>仅群主可管理群：只有群主能修改群名称和设置、添加或移除成员。</translation>
    </message>
    <message>
        <source>All members muted: only the owner and admins can write; for announcement groups.</source>
        <translation>全员禁言：只有群主和管理员能发言，适合通知群。</translation>
    </message>
    <message>
        <source>&quot;The group may exist&quot;</source>
        <translation>“群可能已存在”</translation>
    </message>
    <message>
        <source>When the connection breaks or times out after the create was sent, nobody knows whether DingTalk made the group. The app never sends it again by itself: open DingTalk and look for the group in its owner&apos;s chat list (or ask the owner) before you press Create again, or a second group may be made.</source>
        <translation>如果建群请求发出后连接中断或超时，就无法知道钉钉是否已经建好了群。本程序绝不会自行重发：再次点击“创建”之前，请打开钉钉，在群主的会话列表中查找这个群（或询问群主），否则可能会建出第二个群。</translation>
    </message>
    <message>
        <source>After a success, Create becomes &quot;Create Another Group&quot; and asks before it sends the same name again. To add people to the group that exists, put them in the list and press &quot;Add to This Group&quot;.</source>
        <translation>建群成功后，“创建群”按钮变为“再建一个群”，再次发送同名的群之前会先询问。要把人加进已有的群，请把他们放进成员列表，然后点击“加入此群”。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Search by group name, owner, ID, member or connection</source>
        <translation>按群名称、群主、ID、成员或连接搜索</translation>
    </message>
    <message>
        <source>Cop&amp;y IDs</source>
        <translation>复制 ID(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the openConversationId and chatid of the selected groups</source>
        <translation>复制所选群的 openConversationId 和 chatid</translation>
    </message>
    <message>
        <source>&amp;Join Link / QR Code…</source>
        <translation>入群链接 / 二维码(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>核对(&amp;V)…</translation>
    </message>
    <message>
        <source>Read the group from DingTalk and compare it with what was asked</source>
        <translation>从钉钉读取该群，并与当初的要求进行比较</translation>
    </message>
    <message>
        <source>&amp;Add the Missing Members</source>
        <translation>添加未加入的成员(&amp;A)</translation>
    </message>
    <message>
        <source>Try again to add the members DingTalk did not add, through the current connection</source>
        <translation>通过当前连接，重新添加钉钉没有加入的成员</translation>
    </message>
    <message>
        <source>Create a &amp;Similar Group</source>
        <translation>创建类似的群(&amp;S)</translation>
    </message>
    <message>
        <source>Fill the main form with this group&apos;s name, owner, settings and the members the history knows</source>
        <translation>用该群的名称、群主、设置以及历史记录中已知的成员填写主表单</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>导出 &amp;Excel…</translation>
    </message>
    <message>
        <source>Only the selected entries</source>
        <translation>仅导出所选记录</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected entries from the history (the groups stay in DingTalk)</source>
        <translation>从历史记录中删除所选记录(群本身仍保留在钉钉中)</translation>
    </message>
    <message>
        <source>Delete &amp;All</source>
        <translation>全部删除(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keep entries for:</source>
        <translation>记录保留(&amp;K):</translation>
    </message>
    <message>
        <source>Older entries are deleted. 0 keeps them forever.</source>
        <translation>更早的记录会被删除。0 表示永久保留。</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1, so nothing in it is lost.</source>
        <translation>损坏的文件已保留为 %1，其中的内容没有丢失。</translation>
    </message>
    <message>
        <source>Connect to DingTalk (or the sandbox) first.</source>
        <translation>请先连接钉钉(或沙盒)。</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>记录：%1 条</translation>
    </message>
    <message>
        <source>Entries: %1 of %2</source>
        <translation>记录：%1 / %2 条</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>选择一条记录以查看详情。</translation>
    </message>
    <message>
        <source>Entries selected: %1.</source>
        <translation>已选择 %1 条记录。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>%1 in the group, %2 asked for (owner included)</source>
        <translation>群内 %1 人，要求 %2 人(含群主)</translation>
    </message>
    <message>
        <source>openConversationId</source>
        <translation>openConversationId</translation>
    </message>
    <message>
        <source>chatid</source>
        <translation>chatid</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>API</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>current (v1.0)</source>
        <translation>新版(v1.0)</translation>
    </message>
    <message>
        <source>legacy (chat/create)</source>
        <translation>旧版(chat/create)</translation>
    </message>
    <message>
        <source>DingTalk&apos;s answer</source>
        <translation>钉钉的应答</translation>
    </message>
    <message>
        <source>errcode %1, errmsg &quot;%2&quot;</source>
        <translation>errcode %1,errmsg“%2”</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>群设置</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Not added (%1)</source>
        <translation>未加入(%1 人)</translation>
    </message>
    <message>
        <source>Delete history entries</source>
        <translation>删除历史记录</translation>
    </message>
    <message>
        <source>Delete the selected entries (%1) from the history? The groups themselves stay in DingTalk.</source>
        <translation>要从历史记录中删除所选的 %1 条记录吗？群本身仍保留在钉钉中。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the whole history</source>
        <translation>删除全部历史记录</translation>
    </message>
    <message>
        <source>Delete all entries (%1) from the history? The groups themselves stay in DingTalk.</source>
        <translation>要从历史记录中删除全部 %1 条记录吗？群本身仍保留在钉钉中。</translation>
    </message>
    <message>
        <source>Delete All</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <source>group-history-%1</source>
        <translation>建群记录-%1</translation>
    </message>
    <message>
        <source>Export the history to Excel</source>
        <translation>将历史记录导出为 Excel</translation>
    </message>
    <message>
        <source>Export the history to CSV</source>
        <translation>将历史记录导出为 CSV</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The history could not be saved to %1.

%2</source>
        <translation>无法将历史记录保存到 %1。

%2</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2.</source>
        <translation>已将 %1 条记录导出到 %2。</translation>
    </message>
    <message>
        <source>Adding the missing members: %1 of %2…</source>
        <translation>正在添加未加入的成员：%1 / %2…</translation>
    </message>
    <message>
        <source>Adding the missing members…</source>
        <translation>正在添加未加入的成员…</translation>
    </message>
    <message>
        <source>Added %1 members: the group is complete.</source>
        <translation>已添加 %1 名成员：群成员已齐全。</translation>
    </message>
    <message>
        <source>Added %1 members; %2 are still missing.</source>
        <translation>已添加 %1 名成员；仍有 %2 名未加入。</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Copied the group IDs to the clipboard.</source>
        <translation>已将群 ID 复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Created, members missing</source>
        <translation>已创建，有成员未加入</translation>
    </message>
    <message>
        <source>Refused by DingTalk</source>
        <translation>被钉钉拒绝</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>May exist</source>
        <translation>可能已创建</translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <source>Time (UTC)</source>
        <translation>时间(UTC)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>API</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Members asked</source>
        <translation>要求的成员数</translation>
    </message>
    <message>
        <source>Members in group</source>
        <translation>群内成员数</translation>
    </message>
    <message>
        <source>openConversationId</source>
        <translation>openConversationId</translation>
    </message>
    <message>
        <source>chatid</source>
        <translation>chatid</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>errcode</source>
        <translation>errcode</translation>
    </message>
    <message>
        <source>errmsg</source>
        <translation>errmsg</translation>
    </message>
    <message>
        <source>Members not added</source>
        <translation>未加入的成员</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Outcome code</source>
        <translation>结果代码</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>DingTalk&apos;s answer: errcode %1, errmsg &quot;%2&quot;</source>
        <translation>钉钉的应答：errcode %1,errmsg“%2”</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Members in group</source>
        <translation>群内成员数</translation>
    </message>
    <message>
        <source>chatid</source>
        <translation>chatid</translation>
    </message>
    <message>
        <source>openConversationId</source>
        <translation>openConversationId</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>This history entry no longer exists.</source>
        <translation>该历史记录已不存在。</translation>
    </message>
    <message>
        <source>The history is busy in another program. Try again in a moment.</source>
        <translation>历史记录正被另一个程序使用。请稍后再试。</translation>
    </message>
    <message>
        <source>Cannot read the history file %1: %2</source>
        <translation>无法读取历史记录文件 %1:%2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of this program. It is left as it is.</source>
        <translation>历史记录文件 %1 由本程序的更新版本写入，保持原样不动。</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and could not be moved aside. Nothing was changed.</source>
        <translation>历史记录文件 %1 已损坏，且无法移到一旁。没有做任何更改。</translation>
    </message>
    <message>
        <source>The history file was damaged. It has been kept as %1 and a new history begun.</source>
        <translation>历史记录文件已损坏。原文件已保留为 %1，并开始了新的历史记录。</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2</source>
        <translation>无法写入历史记录文件 %1:%2</translation>
    </message>
    <message>
        <source>Cannot create the history folder %1.</source>
        <translation>无法创建历史记录文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 beside the history.</source>
        <translation>无法在历史记录旁创建锁文件 %1。</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import Members</source>
        <translation>导入成员</translation>
    </message>
    <message>
        <source>Member lists (*.xlsx *.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;Text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>成员列表 (*.xlsx *.csv *.tsv *.txt);;Excel 工作簿 (*.xlsx);；文本文件 (*.csv *.tsv *.txt);；所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; the member list is unchanged.</source>
        <translation>%1 的导入已取消；成员列表未改变。</translation>
    </message>
    <message>
        <source>Cannot Import %1</source>
        <translation>无法导入 %1</translation>
    </message>
    <message>
        <source>%1

The member list is unchanged.</source>
        <translation>%1

成员列表未改变。</translation>
    </message>
    <message>
        <source>Imported %1 members from %2.</source>
        <translation>已从 %2 导入 %1 名成员。</translation>
    </message>
    <message>
        <source>Sync the directory (Directory menu) to import people by name or job number.

The member list is unchanged.</source>
        <translation>请先同步通讯录（通讯录菜单），才能按姓名或工号导入人员。

成员列表未作更改。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Members</source>
        <translation>导入成员</translation>
    </message>
    <message>
        <source>The first row holds the column &amp;titles</source>
        <translation>第一行是列标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;User IDs in:</source>
        <translation>userid 所在列(&amp;U):</translation>
    </message>
    <message>
        <source>The column with DingTalk user IDs. When there is one, phone numbers are not used.</source>
        <translation>存放钉钉 userid 的列。有此列时，不使用手机号。</translation>
    </message>
    <message>
        <source>&amp;Phone numbers in:</source>
        <translation>手机号所在列(&amp;P):</translation>
    </message>
    <message>
        <source>Mobile numbers, looked up in DingTalk when there is no user ID column</source>
        <translation>手机号；没有 userid 列时会在钉钉中查询</translation>
    </message>
    <message>
        <source>&amp;Names in:</source>
        <translation>姓名所在列(&amp;N):</translation>
    </message>
    <message>
        <source>Shown in the member list, so you can check who is in the group</source>
        <translation>显示在成员列表中，方便您核对谁在群里</translation>
    </message>
    <message>
        <source>Only rows &amp;where:</source>
        <translation>仅导入这样的行(&amp;W):</translation>
    </message>
    <message>
        <source>Import only the rows with a given value in this column, for example one department</source>
        <translation>只导入该列为指定值的行，例如某一个部门</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>(every row)</source>
        <translation>(所有行)</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1(第 %2 列)</translation>
    </message>
    <message>
        <source>Nothing to import: choose the column with the user IDs or the phone numbers.</source>
        <translation>没有可导入的内容：请选择 userid 列或手机号列。</translation>
    </message>
    <message>
        <source>No row gives a member: check the columns and the filter.</source>
        <translation>没有任何行能得出成员：请检查所选列和筛选条件。</translation>
    </message>
    <message>
        <source>%1 members will be imported; %2 of them by phone number (looked up in DingTalk before the group is created).</source>
        <translation>将导入 %1 名成员；其中 %2 名按手机号导入(创建群之前会在钉钉中查询)。</translation>
    </message>
    <message>
        <source>%1 members will be imported.</source>
        <translation>将导入 %1 名成员。</translation>
    </message>
    <message>
        <source>Import Members from %1</source>
        <translation>从 %1 导入成员</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &quot;%1&quot;</source>
        <translation>Excel 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <source>Text separated by %1, %2</source>
        <translation>以%1分隔的文本，%2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>A plain list, one entry per line, %1</source>
        <translation>纯列表，每行一项，%1</translation>
    </message>
    <message>
        <source>%1 · %2 rows (the first %3 are shown)</source>
        <translation>%1 · %2 行(显示前 %3 行)</translation>
    </message>
    <message>
        <source>%1 · %2 rows</source>
        <translation>%1 · %2 行</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>正在统计成员…</translation>
    </message>
    <message>
        <source>i&amp;s</source>
        <translation>等于(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Job numbers in:</source>
        <translation>工号所在列(&amp;J):</translation>
    </message>
    <message>
        <source>Looked up in the synced directory, for rows without a user ID or phone number</source>
        <translation>没有 userid 或手机号的行，按工号在已同步的通讯录中查找</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file is empty: it holds no members.</source>
        <translation>文件是空的：其中没有成员。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a member list is never that big. Check that you chose the right file.</source>
        <translation>文件大于 %1 MB；成员列表不会这么大。请确认选择了正确的文件。</translation>
    </message>
    <message>
        <source>The file is not a text file or spreadsheet that can be read. Save it as .xlsx or CSV (UTF-8) and import it again.</source>
        <translation>该文件不是可读取的文本文件或电子表格。请另存为 .xlsx 或 CSV(UTF-8)后重新导入。</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), which cannot be read. Open it in Excel or WPS and save it as .xlsx or CSV.</source>
        <translation>这是旧版 Excel 工作簿(.xls)，无法读取。请用 Excel 或 WPS 打开并另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>This is a WPS spreadsheet (.et), which cannot be read. Open it in WPS and save it as .xlsx or CSV.</source>
        <translation>这是 WPS 表格文件(.et)，无法读取。请用 WPS 打开并另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>This workbook is protected by a password. Open it, remove the password (or save a copy as .xlsx or CSV) and import it again.</source>
        <translation>该工作簿受密码保护。请打开它并取消密码(或另存一份 .xlsx 或 CSV)，然后重新导入。</translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete (%1). Open it in Excel or WPS, save it again as .xlsx or CSV and import it again.</source>
        <translation>工作簿已损坏或不完整(%1)。请用 Excel 或 WPS 打开，重新另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>The file is named like an Excel workbook but is not one. Save it as .xlsx or CSV and import it again.</source>
        <translation>该文件名看起来是 Excel 工作簿，但内容并不是。请另存为 .xlsx 或 CSV 后重新导入。</translation>
    </message>
    <message>
        <source>This kind of file (%1) cannot be read. Save it as .xlsx or CSV and import it again.</source>
        <translation>无法读取此类文件(%1)。请另存为 .xlsx 或 CSV 后重新导入。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;.</source>
        <translation>工作簿中没有名为“%1”的工作表。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows, more than a spreadsheet holds; a member list is never that long. Check that you chose the right file.</source>
        <translation>文件超过 %L1 行，比电子表格能容纳的还多；成员名单不会这么长。请确认选对了文件。</translation>
    </message>
    <message>
        <source>The file has a row with more than %L1 columns, more than a spreadsheet holds; a member list has a few. Check that you chose the right file.</source>
        <translation>文件中有一行超过 %L1 列，比电子表格能容纳的还多；成员名单只有几列。请确认选对了文件。</translation>
    </message>
    <message>
        <source>The file has more than %L1 cells; a member list is never that big. Keep only the columns you need (userid, name, phone number) and import it again.</source>
        <translation>文件超过 %L1 个单元格；成员名单不会这么大。请只保留需要的列（userid、姓名、手机号）后重新导入。</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MB; a member list is never that big. Keep only the sheet and columns you need, save it again and import it again.</source>
        <translation>工作簿解压后超过 %1 MB；成员名单不会这么大。请只保留需要的工作表和列，重新保存后再导入。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to more than %2 MB; a member list is never that big. Keep only the sheet and columns you need, save it again and import it again.</source>
        <translation>工作簿中的部件 %1 解压后超过 %2 MB；成员名单不会这么大。请只保留需要的工作表和列，重新保存后再导入。</translation>
    </message>
</context>
<context>
    <name>ImportedTable</name>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>JoinLinkDialog</name>
    <message>
        <source>Join Link and QR Code</source>
        <translation>入群链接和二维码</translation>
    </message>
    <message>
        <source>&amp;Shared by:</source>
        <translation>分享人(&amp;S):</translation>
    </message>
    <message>
        <source>The member whose link it is: people who join see who invited them. It must be a member of the group.</source>
        <translation>链接所属的成员：入群的人会看到是谁邀请的。此人必须是群成员。</translation>
    </message>
    <message>
        <source>&amp;Get Link</source>
        <translation>获取链接(&amp;G)</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <source>Copy &amp;Image</source>
        <translation>复制图片(&amp;I)</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>另存为 &amp;PNG…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>怎么办：%1</translation>
    </message>
    <message>
        <source>DingTalk&apos;s answer: errcode %1, errmsg &quot;%2&quot;</source>
        <translation>钉钉的应答：errcode %1,errmsg“%2”</translation>
    </message>
    <message>
        <source>Anyone who scans this code or opens the link can ask to join &quot;%1&quot;.</source>
        <translation>任何人扫描此二维码或打开此链接，都可以申请加入“%1”。</translation>
    </message>
    <message>
        <source>Asking DingTalk for the link…</source>
        <translation>正在向钉钉获取链接…</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>保存二维码</translation>
    </message>
    <message>
        <source>%1 QR code.png</source>
        <translation>%1 二维码.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>%1 QR code</source>
        <translation>%1 二维码</translation>
    </message>
    <message>
        <source>Not connected: connect to DingTalk (or the sandbox) first.</source>
        <translation>未连接：请先连接钉钉(或沙盒)。</translation>
    </message>
    <message>
        <source>DingTalk answered without a join link.</source>
        <translation>钉钉的应答中没有入群链接。</translation>
    </message>
    <message>
        <source>Details for IT: %1</source>
        <translation>给 IT 的详细信息：%1</translation>
    </message>
    <message>
        <source>No QR code: DingTalk sent no link.</source>
        <translation>没有二维码：钉钉没有返回链接。</translation>
    </message>
    <message>
        <source>Copied the join link to the clipboard.</source>
        <translation>已将入群链接复制到剪贴板。</translation>
    </message>
    <message>
        <source>Copied the QR code to the clipboard.</source>
        <translation>已将二维码复制到剪贴板。</translation>
    </message>
    <message>
        <source>the image could not be made</source>
        <translation>无法生成图片</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain could not store the secret: %1</source>
        <translation>钥匙串无法保存密钥：%1</translation>
    </message>
    <message>
        <source>The keychain could not forget the secret: %1</source>
        <translation>钥匙串无法删除密钥：%1</translation>
    </message>
</context>
<context>
    <name>LastCreate</name>
    <message>
        <source>The Group May Already Exist</source>
        <translation>群可能已经存在</translation>
    </message>
    <message>
        <source>The last create of &quot;%1&quot; reached DingTalk, but no answer came back: the group may exist already. Creating now may make a second group.

To check, open DingTalk and look for the group &quot;%1&quot; in the chat list of its owner %2, or ask the owner.

Create the group anyway?</source>
        <translation>上一次创建“%1”的请求已到达钉钉，但没有收到答复：这个群可能已经存在。现在创建可能会建出第二个群。

要确认，请打开钉钉，在群主 %2 的会话列表中查找“%1”，或询问群主。

仍要创建吗？</translation>
    </message>
    <message>
        <source>Do Not Create</source>
        <translation>不创建</translation>
    </message>
    <message>
        <source>Create Anyway</source>
        <translation>仍要创建</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; was just created with these members. Creating again makes a second group with the same name and members.</source>
        <translation>刚刚已用这些成员创建了群“%1”。再次创建会建出第二个同名、同成员的群。</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; was just created. Creating again makes a second group with the same name. To put the people now in the list into the existing group, use &quot;Add to This Group&quot; below the result.</source>
        <translation>刚刚已创建了群“%1”。再次创建会建出第二个同名的群。要把列表中现在的人加进已有的群，请使用结果下方的“加入此群”。</translation>
    </message>
    <message>
        <source>Create a Second Group?</source>
        <translation>再建一个群？</translation>
    </message>
    <message>
        <source>Create a second group?</source>
        <translation>要再建第二个群吗？</translation>
    </message>
    <message>
        <source>Create a Second Group</source>
        <translation>再建第二个群</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; was just created. Creating again makes a second group with the same name.</source>
        <translation>群“%1”刚刚创建。再次创建会生成第二个同名的群。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DingTalk Group Creator</source>
        <translation>钉钉建群助手</translation>
    </message>
    <message>
        <source>Sandbox: practice with a demo organisation. Nothing you do here reaches DingTalk.</source>
        <translation>沙盒：使用演示组织练习。在这里的任何操作都不会发往钉钉。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>群名称(&amp;N):</translation>
    </message>
    <message>
        <source>For example: 2025 Sales Kick-off</source>
        <translation>例如：2025 销售启动会</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>群主(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>成员(&amp;M):</translation>
    </message>
    <message>
        <source>Several ids at once are fine: separate them by spaces, commas, semicolons or new lines.</source>
        <translation>可以一次输入多个 ID：用空格、逗号、分号或换行分隔。</translation>
    </message>
    <message>
        <source>Type or paste user IDs, then press Enter</source>
        <translation>输入或粘贴 userid，然后按回车</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Add the user IDs on the clipboard (Ctrl+V in the list)</source>
        <translation>添加剪贴板中的 userid(在列表中按 Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected members (Delete)</source>
        <translation>移除选中的成员(Delete 键)</translation>
    </message>
    <message>
        <source>Remove every member from the list</source>
        <translation>从列表中移除所有成员</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>群设置</translation>
    </message>
    <message>
        <source>People who join later see the 100 most recent messages. Off: they see only what is written after they join.</source>
        <translation>后加入的人可以看到最近 100 条消息。关闭时：他们只能看到入群之后的消息。</translation>
    </message>
    <message>
        <source>Anyone in the organisation can find the group by its name. Off: only members know about it.</source>
        <translation>组织内任何人都能按名称搜到该群。关闭时：只有成员知道这个群。</translation>
    </message>
    <message>
        <source>The owner or a group admin must approve each person who asks to join.</source>
        <translation>每个申请入群的人都需要群主或群管理员批准。</translation>
    </message>
    <message>
        <source>Only the owner can notify everyone with @all. Off: every member can.</source>
        <translation>只有群主可以用 @所有人 通知大家。关闭时：每个成员都可以。</translation>
    </message>
    <message>
        <source>Only the owner can rename the group, change its settings and add or remove people. Off: every member can.</source>
        <translation>只有群主可以修改群名称、更改群设置以及添加或移除成员。关闭时：每个成员都可以。</translation>
    </message>
    <message>
        <source>Members cannot send messages; only the owner (and group admins) can. Useful for announcement groups.</source>
        <translation>成员不能发言，只有群主(和群管理员)可以。适合通知群。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create the group in DingTalk (Ctrl+Return)</source>
        <translation>在钉钉中创建该群(Ctrl+回车)</translation>
    </message>
    <message>
        <source>&amp;Create Group</source>
        <translation>创建群(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Use the &amp;Sandbox</source>
        <translation>使用沙盒(&amp;S)</translation>
    </message>
    <message>
        <source>Practise with a built-in demo organisation; nothing reaches DingTalk</source>
        <translation>使用内置的演示组织练习；不会发往钉钉</translation>
    </message>
    <message>
        <source>&amp;About DingTalk Group Creator</source>
        <translation>关于钉钉建群助手(&amp;A)</translation>
    </message>
    <message>
        <source>Paste Members</source>
        <translation>粘贴成员</translation>
    </message>
    <message>
        <source>Add the user IDs on the clipboard</source>
        <translation>添加剪贴板中的 userid</translation>
    </message>
    <message>
        <source>Remove Selected Members</source>
        <translation>移除选中的成员</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>……还有 %1 个。</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Members in the group, owner included (at most %1)</source>
        <translation>群成员人数，含群主(最多 %1 人)</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>正在启动沙盒…</translation>
    </message>
    <message>
        <source>Not connected. &lt;a href=&quot;connect&quot;&gt;Connect to DingTalk…&lt;/a&gt; or &lt;a href=&quot;sandbox&quot;&gt;try the sandbox&lt;/a&gt;.</source>
        <translation>未连接。&lt;a href=&quot;connect&quot;&gt;连接钉钉…&lt;/a&gt;或&lt;a href=&quot;sandbox&quot;&gt;试用沙盒&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Fix the problems marked in red to create the group.</source>
        <translation>请先修正标红的问题，然后才能创建群。</translation>
    </message>
    <message>
        <source>Ready: %1 members. DingTalk takes %2 per request, so the rest are added in %3 more requests.</source>
        <translation>就绪：%1 名成员。钉钉每次请求最多接受 %2 人，其余成员将通过另外 %3 次请求添加。</translation>
    </message>
    <message>
        <source>Ready: %1 members.</source>
        <translation>就绪：%1 名成员。</translation>
    </message>
    <message>
        <source>The clipboard holds no user IDs.</source>
        <translation>剪贴板中没有 userid。</translation>
    </message>
    <message>
        <source>Added %1 entries from the clipboard.</source>
        <translation>已从剪贴板添加 %1 项。</translation>
    </message>
    <message>
        <source>Added the owner %1 to the members.</source>
        <translation>已将群主 %1 加入成员。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Creating the group…</source>
        <translation>正在创建群…</translation>
    </message>
    <message>
        <source>Adding members: %1 of %2 in the group…</source>
        <translation>正在添加成员：已有 %1 / %2 人入群…</translation>
    </message>
    <message>
        <source>Done: %1 of %2 members in the group.</source>
        <translation>完成：%1 / %2 名成员已入群。</translation>
    </message>
    <message>
        <source>The group was created.</source>
        <translation>群已创建。</translation>
    </message>
    <message>
        <source>The group was created; some members are missing.</source>
        <translation>群已创建；部分成员未能加入。</translation>
    </message>
    <message>
        <source>The group may exist: check DingTalk before trying again.</source>
        <translation>群可能已经创建：重试之前请先在钉钉中确认。</translation>
    </message>
    <message>
        <source>The group was not created.</source>
        <translation>群未创建。</translation>
    </message>
    <message>
        <source>The sandbox is ready: try owner %1 and a few of the demo employees.</source>
        <translation>沙盒已就绪：可以试试用 %1 作群主，再加几名演示员工。</translation>
    </message>
    <message>
        <source>Welcome to DingTalk Group Creator</source>
        <translation>欢迎使用钉钉建群助手</translation>
    </message>
    <message>
        <source>You are not connected to DingTalk yet.

Would you like to try the sandbox first? It is a practice organisation built into this program: nothing you create there reaches DingTalk.

You can connect to DingTalk at any time from the Connection menu.</source>
        <translation>您还没有连接钉钉。

要先试用沙盒吗？沙盒是本程序内置的练习组织：在那里创建的任何内容都不会发往钉钉。

您可以随时从“连接”菜单连接钉钉。</translation>
    </message>
    <message>
        <source>Try the Sandbox</source>
        <translation>试用沙盒</translation>
    </message>
    <message>
        <source>Connect to DingTalk…</source>
        <translation>连接钉钉…</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>沙盒无法启动</translation>
    </message>
    <message>
        <source>The owner&apos;s userid</source>
        <translation>群主的 userid</translation>
    </message>
    <message>
        <source>The owner&apos;s userid, e.g. %1</source>
        <translation>群主的 userid，例如 %1</translation>
    </message>
    <message>
        <source>A group is being created</source>
        <translation>正在创建群</translation>
    </message>
    <message>
        <source>Closing now stops adding members, and the group may be left incomplete. Close anyway?</source>
        <translation>现在关闭会停止添加成员，群可能不完整。仍要关闭吗？</translation>
    </message>
    <message>
        <source>Keep Working</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>清空(&amp;E)</translation>
    </message>
    <message>
        <source>Stop creating (Esc). If the request has already reached DingTalk, the group may exist.</source>
        <translation>停止创建(Esc)。如果请求已到达钉钉，群可能已经创建。</translation>
    </message>
    <message>
        <source>Connec&amp;tion</source>
        <translation>连接(&amp;T)</translation>
    </message>
    <message>
        <source>current (v1.0)</source>
        <translation>新版(v1.0)</translation>
    </message>
    <message>
        <source>legacy (chat/create)</source>
        <translation>旧版(chat/create)</translation>
    </message>
    <message>
        <source>Server: %1
API: %2
Timeout: %3 s</source>
        <translation>服务器：%1
接口：%2
超时：%3 秒</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add members from an Excel workbook or a CSV file (or drop the file on the list)</source>
        <translation>从 Excel 工作簿或 CSV 文件添加成员(也可把文件拖到列表上)</translation>
    </message>
    <message>
        <source>Loo&amp;k Up Phone Numbers</source>
        <translation>查询手机号(&amp;K)</translation>
    </message>
    <message>
        <source>Find the DingTalk users of the phone numbers in the list (also done when you create the group)</source>
        <translation>查找列表中手机号对应的钉钉用户(创建群时也会自动查询)</translation>
    </message>
    <message>
        <source>Show the requests Create would send, without sending anything</source>
        <translation>显示“创建”会发出的请求，但不发送任何内容</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Every group created in this window: IDs, missing members, exports</source>
        <translation>在本窗口创建的每个群：ID、未加入的成员、导出</translation>
    </message>
    <message>
        <source>&amp;Import Members…</source>
        <translation>导入成员(&amp;I)…</translation>
    </message>
    <message>
        <source>Add members from an Excel workbook or a CSV file</source>
        <translation>从 Excel 工作簿或 CSV 文件添加成员</translation>
    </message>
    <message>
        <source>Find the DingTalk users of the phone numbers in the member list</source>
        <translation>查找成员列表中手机号对应的钉钉用户</translation>
    </message>
    <message>
        <source>&amp;Connect Once Without Saving…</source>
        <translation>临时连接(不保存)(&amp;C)…</translation>
    </message>
    <message>
        <source>An AppKey and AppSecret, or a pasted access token, for this session only: nothing is saved</source>
        <translation>仅本次使用的 AppKey 和 AppSecret，或粘贴的访问凭证：不保存任何内容</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>管理连接(&amp;M)…</translation>
    </message>
    <message>
        <source>Create, edit, test and delete saved connections</source>
        <translation>新建、编辑、测试和删除已保存的连接</translation>
    </message>
    <message>
        <source>Every missing member is now in the group.</source>
        <translation>所有未加入的成员现在都已入群。</translation>
    </message>
    <message>
        <source>%1 members are still not in the group.</source>
        <translation>仍有 %1 名成员不在群中。</translation>
    </message>
    <message>
        <source>Ready: %1 members, and %2 phone numbers that are looked up in DingTalk first.</source>
        <translation>就绪：%1 名成员，另有 %2 个手机号将先在钉钉中查询。</translation>
    </message>
    <message>
        <source>New members can read the last &amp;100 messages</source>
        <translation>新成员可查看最近 100 条消息(&amp;1)</translation>
    </message>
    <message>
        <source>The group can be found &amp;by search</source>
        <translation>群可以被搜索到(&amp;B)</translation>
    </message>
    <message>
        <source>Joinin&amp;g needs approval</source>
        <translation>入群需要验证(&amp;G)</translation>
    </message>
    <message>
        <source>Only the o&amp;wner may @all</source>
        <translation>仅群主可 @所有人(&amp;W)</translation>
    </message>
    <message>
        <source>Onl&amp;y the owner may manage the group</source>
        <translation>仅群主可管理群(&amp;Y)</translation>
    </message>
    <message>
        <source>All members m&amp;uted</source>
        <translation>全员禁言(&amp;U)</translation>
    </message>
    <message>
        <source>Preview Re&amp;quests…</source>
        <translation>预览请求(&amp;Q)…</translation>
    </message>
    <message>
        <source>The form is back as it was.</source>
        <translation>表单已恢复原样。</translation>
    </message>
    <message>
        <source>The form was filled in again.</source>
        <translation>表单已重新填写。</translation>
    </message>
    <message>
        <source>Removed all %1 entries from the member list.</source>
        <translation>已从成员列表中移除全部 %1 项。</translation>
    </message>
    <message>
        <source>The form is back as you left it (%1 entries in the member list).</source>
        <translation>表单已恢复为上次离开时的样子（成员列表中有 %1 项）。</translation>
    </message>
    <message>
        <source>The form could not be saved as a draft in %1.</source>
        <translation>无法把表单草稿保存到 %1。</translation>
    </message>
    <message>
        <source>&amp;Create Another Group</source>
        <translation>再建一个群(&amp;C)</translation>
    </message>
    <message>
        <source>Read the Guide</source>
        <translation>阅读使用指南</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>How to connect, find userids, and what each switch does</source>
        <translation>如何连接、如何找到 userid、各项群设置的作用</translation>
    </message>
    <message>
        <source>Not in the organisation: %1, so DingTalk refuses the request that carries them.</source>
        <translation>不在组织中：%1 个，钉钉会拒绝包含他们的请求。</translation>
    </message>
    <message>
        <source>Connected although the test did not pass: %1</source>
        <translation>测试未通过，仍已连接：%1</translation>
    </message>
    <message>
        <source>The userid of the person who will own the group. Pick one of the members, type an id, or type a name to choose from the directory.</source>
        <translation>将成为群主的人的 userid。可从成员中选择、直接输入 ID，或输入姓名从通讯录中选择。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the owner from the organisation&apos;s directory</source>
        <translation>从组织通讯录中选择群主</translation>
    </message>
    <message>
        <source>Choose People…</source>
        <translation>选择人员…</translation>
    </message>
    <message>
        <source>Add people from the organisation&apos;s directory: by department, or by name, job number or mobile</source>
        <translation>从组织通讯录添加人员：按部门，或按姓名、工号、手机号</translation>
    </message>
    <message>
        <source>Sync the directory first (Directory menu) to choose people by department or name</source>
        <translation>请先同步通讯录（通讯录菜单），再按部门或姓名选择人员</translation>
    </message>
    <message>
        <source>Sync the directory first (Directory menu) to choose the owner</source>
        <translation>请先同步通讯录（通讯录菜单），再选择群主</translation>
    </message>
    <message numerus="yes">
        <source>Added %n people from the directory.</source>
        <translation>
            <numerusform>已从通讯录添加 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create &amp;Several Groups…</source>
        <translation>批量建群(&amp;S)…</translation>
    </message>
    <message>
        <source>Create many groups from one sheet: every row checked first, then sent one at a time</source>
        <translation>用一张表格创建多个群：先检查每一行，再逐个发送</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <source>%1 (DingTalk %2: %3)</source>
        <translation>%1(钉钉 %2:%3)</translation>
    </message>
    <message>
        <source>Not added: the creation was cancelled</source>
        <translation>未加入：创建已取消</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>未加入：%1</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>userid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Listed twice: added once</source>
        <translation>重复列出：只添加一次</translation>
    </message>
    <message>
        <source>Not a valid userid</source>
        <translation>不是有效的 userid</translation>
    </message>
    <message>
        <source>Phone number not looked up yet</source>
        <translation>手机号尚未查询</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未加入</translation>
    </message>
    <message>
        <source>%1 (DingTalk %2)</source>
        <translation>%1(钉钉 %2)</translation>
    </message>
    <message>
        <source>Owner, added to the group</source>
        <translation>群主（自动加入群）</translation>
    </message>
    <message>
        <source>DingTalk needs the owner among the members: the owner is added to the group although the list does not hold them.</source>
        <translation>钉钉要求群主也是成员：即使列表中没有群主，也会把群主加入群。</translation>
    </message>
    <message>
        <source>Not in the organisation</source>
        <translation>不在组织中</translation>
    </message>
    <message>
        <source>In the group</source>
        <translation>已在群中</translation>
    </message>
    <message>
        <source>Not in the directory</source>
        <translation>不在通讯录中</translation>
    </message>
    <message>
        <source>Nobody in the organisation&apos;s directory has this userid: DingTalk refuses it, unless the person joined after the directory was synced.</source>
        <translation>组织通讯录中没有人使用这个 userid：钉钉会拒绝它，除非此人是在同步通讯录之后才加入的。</translation>
    </message>
</context>
<context>
    <name>MissingMembersRetry</name>
    <message>
        <source>Adding Members to the Group</source>
        <translation>向群中添加成员</translation>
    </message>
    <message>
        <source>Adding members to the group: %1 of %2…</source>
        <translation>正在向群中添加成员：%1 / %2…</translation>
    </message>
</context>
<context>
    <name>PeopleListModel</name>
    <message>
        <source>; </source>
        <comment>between the paths of a person&apos;s departments</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>userid：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>%1 (added)</source>
        <comment>already in the members list</comment>
        <translation>%1（已添加）</translation>
    </message>
    <message>
        <source>Already in the members list (user ID: %1)</source>
        <translation>已在成员列表中（userid：%1）</translation>
    </message>
</context>
<context>
    <name>PeopleResolutionDialog</name>
    <message>
        <source>People to Check</source>
        <translation>请确认人员</translation>
    </message>
    <message>
        <source>Some names or job numbers are not one person of the organisation&apos;s directory. Choose who is meant; nothing is added until you confirm.</source>
        <translation>部分姓名或工号在组织通讯录中无法对应到唯一的人。请选择要添加的人；确认之前不会添加任何人。</translation>
    </message>
    <message>
        <source>Several people have these names: choose one, or leave the name out.</source>
        <translation>以下姓名有多人同名：请选择其中一人，或不添加该姓名。</translation>
    </message>
    <message>
        <source>Nobody in the directory has these names or job numbers; they will be left out:</source>
        <translation>通讯录中没有以下姓名或工号的人，将不会添加：</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>不添加</translation>
    </message>
    <message>
        <source>Add the Others</source>
        <translation>添加其余的人</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>PersonCompleter</name>
    <message>
        <source>A name, not a userid: choose the person from the list.</source>
        <translation>这是姓名而不是 userid：请从列表中选择此人。</translation>
    </message>
    <message numerus="yes">
        <source>%n people have this name: choose one from the list.</source>
        <translation>
            <numerusform>有 %n 人同名：请从列表中选择一位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonText</name>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>职位：%1</translation>
    </message>
    <message>
        <source>Job number: %1</source>
        <translation>工号：%1</translation>
    </message>
</context>
<context>
    <name>PhoneLookup</name>
    <message>
        <source>Looking Up Phone Numbers</source>
        <translation>查询手机号</translation>
    </message>
    <message>
        <source>Looking up phone numbers in DingTalk: %1 of %2…</source>
        <translation>正在钉钉中查询手机号：%1 / %2…</translation>
    </message>
    <message>
        <source>The phone number lookup was cancelled; nothing was sent.</source>
        <translation>手机号查询已取消；没有发送建群请求。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Every phone number was found in DingTalk.</source>
        <translation>所有手机号都已在钉钉中找到。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 phone numbers have no DingTalk user (see the member list).</source>
        <translation>没有发送任何建群请求：有 %1 个手机号没有对应的钉钉用户(见成员列表)。</translation>
    </message>
    <message>
        <source>Left out %1 members whose phone numbers have no DingTalk user.</source>
        <translation>已略去 %1 名手机号没有对应钉钉用户的成员。</translation>
    </message>
    <message>
        <source>…and %1 more (marked in the member list).</source>
        <translation>……还有 %1 个(已在成员列表中标出)。</translation>
    </message>
    <message>
        <source>%1 phone numbers could not be turned into DingTalk users:</source>
        <translation>有 %1 个手机号无法对应到钉钉用户：</translation>
    </message>
    <message>
        <source>Create the group without them?</source>
        <translation>不含他们创建群吗？</translation>
    </message>
    <message>
        <source>Remove them from the member list?</source>
        <translation>要把他们从成员列表中移除吗？</translation>
    </message>
    <message>
        <source>Some Phone Numbers Were Not Found</source>
        <translation>部分手机号未找到</translation>
    </message>
    <message>
        <source>Don&apos;t Create</source>
        <translation>不创建</translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Create Without Them</source>
        <translation>不含他们创建</translation>
    </message>
    <message>
        <source>Remove Them</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>A preset needs a name.</source>
        <translation>预设需要一个名称。</translation>
    </message>
    <message>
        <source>There is no preset named “%1”.</source>
        <translation>没有名为“%1”的预设。</translation>
    </message>
    <message>
        <source>A preset named “%1” already exists.</source>
        <translation>名为“%1”的预设已存在。</translation>
    </message>
    <message>
        <source>The preset could not be saved: %1</source>
        <translation>无法保存预设：%1</translation>
    </message>
    <message>
        <source>The preset could not be removed: %1</source>
        <translation>无法删除预设：%1</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>A preset keeps the six settings, and if you like the owner and the members, to start the next group from.</source>
        <translation>预设保存六项群设置，也可以同时保存群主和成员，方便以此创建下一个群。</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Fill the form from the selected preset</source>
        <translation>用所选预设填写表单</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Give the selected preset the name typed below</source>
        <translation>把所选预设改为下方输入的名称</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Save the form as a preset</source>
        <translation>把表单保存为预设</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>For example: Announcement group</source>
        <translation>例如：通知群</translation>
    </message>
    <message>
        <source>Include the &amp;owner</source>
        <translation>包含群主(&amp;O)</translation>
    </message>
    <message>
        <source>Include the &amp;members</source>
        <translation>包含成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save Preset</source>
        <translation>保存预设(&amp;S)</translation>
    </message>
    <message>
        <source>Every setting off</source>
        <translation>所有设置均关闭</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>群主：%1</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <source>Replace preset</source>
        <translation>替换预设</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; exists. Replace it?</source>
        <translation>已存在名为“%1”的预设。要替换它吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>已将“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>要删除预设“%1”吗？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>已删除“%1”。</translation>
    </message>
</context>
<context>
    <name>PresetsMenu</name>
    <message>
        <source>&amp;Save or Manage Presets…</source>
        <translation>保存或管理预设(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the form&apos;s settings under a name, or rename and delete presets</source>
        <translation>以一个名称保存表单的设置，或重命名、删除预设</translation>
    </message>
    <message>
        <source>Pre&amp;sets</source>
        <translation>预设(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>%1 cannot connect: %2</source>
        <translation>%1 无法连接：%2</translation>
    </message>
    <message>
        <source>Reading the AppSecret of %1…</source>
        <translation>正在读取 %1 的 AppSecret…</translation>
    </message>
    <message>
        <source>%1 has no AppSecret stored: enter it under Connection ▸ Manage Connections.</source>
        <translation>%1 没有保存 AppSecret：请在“连接 ▸ 管理连接”中输入。</translation>
    </message>
    <message>
        <source>The AppSecret of %1 could not be read: %2</source>
        <translation>无法读取 %1 的 AppSecret:%2</translation>
    </message>
    <message>
        <source>Sandbox (built-in DingTalk emulator)</source>
        <translation>沙盒(内置钉钉模拟器)</translation>
    </message>
    <message>
        <source>One-off connection</source>
        <translation>临时连接</translation>
    </message>
    <message>
        <source>The connection in use; choose another to switch</source>
        <translation>当前使用的连接；选择其他连接即可切换</translation>
    </message>
    <message>
        <source>Choose a connection</source>
        <translation>请选择一个连接</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Sandbox (built-in DingTalk emulator)</source>
        <translation>沙盒(内置钉钉模拟器)</translation>
    </message>
    <message>
        <source>The connection settings in %1 could not be read; the defaults are used.</source>
        <translation>无法读取 %1 中的连接设置；已使用默认值。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1(副本)</translation>
    </message>
    <message>
        <source>The connection settings could not be saved to %1: %2</source>
        <translation>无法将连接设置保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Manage Connections</source>
        <translation>管理连接</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Use This Connection</source>
        <translation>使用此连接</translation>
    </message>
    <message>
        <source>Switch the main window to this connection</source>
        <translation>让主窗口切换到此连接</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. Head office</source>
        <translation>例如：总部</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>接口(&amp;A):</translation>
    </message>
    <message>
        <source>App&amp;Key:</source>
        <translation>App&amp;Key:</translation>
    </message>
    <message>
        <source>App&amp;Secret:</source>
        <translation>App&amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;Forget Secret</source>
        <translation>删除密钥(&amp;F)</translation>
    </message>
    <message>
        <source>Remove the stored AppSecret from the keychain</source>
        <translation>从钥匙串中删除保存的 AppSecret</translation>
    </message>
    <message>
        <source>&amp;Legacy server:</source>
        <translation>旧版服务器(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Current server:</source>
        <translation>新版服务器(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P):</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>代理主机(&amp;H):</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>port </source>
        <translation>端口 </translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>代理用户(&amp;U):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>代理密码(&amp;W):</translation>
    </message>
    <message>
        <source>Company &amp;CA:</source>
        <translation>公司 &amp;CA 证书：</translation>
    </message>
    <message>
        <source>Only if IT says your network inspects encrypted traffic: paste the CA certificate (PEM) or choose its file.</source>
        <translation>仅当 IT 部门说明网络会检查加密流量时才需要：粘贴 CA 证书(PEM)，或选择证书文件。</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>选择文件(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Try the values above (saved or not) against DingTalk; nothing is created</source>
        <translation>用上面的值(无论是否已保存)试连钉钉；不会创建任何内容</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Sandbox (built-in DingTalk emulator)</source>
        <translation>沙盒(内置钉钉模拟器)</translation>
    </message>
    <message>
        <source>Legacy API (oapi.dingtalk.com, chat/create)</source>
        <translation>旧版接口(oapi.dingtalk.com,chat/create)</translation>
    </message>
    <message>
        <source>Current API (api.dingtalk.com, v1.0)</source>
        <translation>新版接口(api.dingtalk.com,v1.0)</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>系统代理设置</translation>
    </message>
    <message>
        <source>No proxy (connect directly)</source>
        <translation>不使用代理(直接连接)</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 代理</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 代理</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1(使用中)</translation>
    </message>
    <message>
        <source>New connection (not saved)</source>
        <translation>新连接(未保存)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>要保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>Enter the AppSecret from the app&apos;s page in the DingTalk developer console.</source>
        <translation>请输入钉钉开发者后台应用页面上的 AppSecret。</translation>
    </message>
    <message>
        <source>Start the sandbox first (Connection ▸ Use the Sandbox)</source>
        <translation>请先启动沙盒(连接 ▸ 使用沙盒)</translation>
    </message>
    <message>
        <source>The built-in sandbox cannot be deleted</source>
        <translation>内置沙盒不能删除</translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation>已保存；输入新值即可替换</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>The sandbox needs no secret.</source>
        <translation>沙盒不需要密钥。</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>正在钥匙串中查找…</translation>
    </message>
    <message>
        <source>The AppSecret is stored in the system keychain.</source>
        <translation>AppSecret 已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The AppSecret is kept for this session only.</source>
        <translation>AppSecret 只在本次运行期间保留。</translation>
    </message>
    <message>
        <source>No AppSecret is stored for this connection.</source>
        <translation>此连接没有保存 AppSecret。</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; and forget its secret?</source>
        <translation>要删除连接“%1”并忘记其密钥吗？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The AppSecret has been forgotten.</source>
        <translation>AppSecret 已删除。</translation>
    </message>
    <message>
        <source>Choose the company&apos;s CA certificate</source>
        <translation>选择公司的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);；所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Please Wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>请输入代理的主机名或地址。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port (1 to 65535).</source>
        <translation>请输入代理的端口(1 到 65535)。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>RequestPlan</name>
    <message>
        <source>Get an access token</source>
        <translation>获取访问凭证</translation>
    </message>
    <message>
        <source>Create the group with members %1–%2</source>
        <translation>创建群，包含第 %1–%2 名成员</translation>
    </message>
    <message>
        <source>Add members %1–%2</source>
        <translation>添加第 %1–%2 名成员</translation>
    </message>
</context>
<context>
    <name>RequestPreviewDialog</name>
    <message>
        <source>Request Preview</source>
        <translation>请求预览</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>请求(&amp;R):</translation>
    </message>
    <message>
        <source>c&amp;URL command:</source>
        <translation>c&amp;URL 命令：</translation>
    </message>
    <message>
        <source>&amp;Copy cURL Command</source>
        <translation>复制 cURL 命令(&amp;C)</translation>
    </message>
    <message>
        <source>Nothing has been sent. These are the %1 calls Create would make, exactly as they would leave this computer; the access token and the secret are masked as ******.</source>
        <translation>没有发送任何内容。以下是“创建”会发出的 %1 个请求，与从本机发出时完全一致；访问凭证和密钥以 ****** 遮盖。</translation>
    </message>
    <message>
        <source>Copied the cURL command to the clipboard.</source>
        <translation>已将 cURL 命令复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>The new group&apos;s IDs will appear here.</source>
        <translation>新群的 ID 将显示在这里。</translation>
    </message>
    <message>
        <source>Copy the openConversationId to the clipboard</source>
        <translation>将 openConversationId 复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the chatid to the clipboard</source>
        <translation>将 chatid 复制到剪贴板</translation>
    </message>
    <message>
        <source>Members in the group:</source>
        <translation>群成员人数：</translation>
    </message>
    <message>
        <source>Add the owner to the members</source>
        <translation>将群主加入成员</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; was created.</source>
        <translation>群“%1”已创建。</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; was created, but %2 members could not be added.</source>
        <translation>群“%1”已创建，但有 %2 名成员未能加入。</translation>
    </message>
    <message>
        <source>%1 (internal group)</source>
        <translation>%1(企业群)</translation>
    </message>
    <message>
        <source>Not added (%1): add them in DingTalk, or fix the ids and add them later.</source>
        <translation>未加入(%1 人)：请在钉钉中添加他们，或修正 ID 后再添加。</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>userid</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>怎么办：%1</translation>
    </message>
    <message>
        <source>DingTalk&apos;s answer: errcode %1, errmsg &quot;%2&quot;</source>
        <translation>钉钉的应答：errcode %1,errmsg“%2”</translation>
    </message>
    <message>
        <source>Details for IT: %1</source>
        <translation>给 IT 的详细信息：%1</translation>
    </message>
    <message>
        <source>The link and QR code people can use to ask to join the group</source>
        <translation>大家可用来申请入群的链接和二维码</translation>
    </message>
    <message>
        <source>&amp;Join Link / QR Code…</source>
        <translation>入群链接 / 二维码(&amp;J)…</translation>
    </message>
    <message>
        <source>Read the group back from DingTalk and compare it with what was asked</source>
        <translation>从钉钉读回该群，并与当初的要求进行比较</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>核对(&amp;V)…</translation>
    </message>
    <message>
        <source>The group exists; these %1 members are not in it yet. Everyone else is already there.</source>
        <translation>群已存在；这 %1 名成员尚未入群，其他人都已在群中。</translation>
    </message>
    <message>
        <source>Add to This Group</source>
        <translation>加入此群</translation>
    </message>
    <message>
        <source>Add the people in the member list who are not in the group yet to the group that was created (the group is not created again). Correct a refused id in the list first.</source>
        <translation>把成员列表中尚未入群的人加入刚创建的群（不会再建一个群）。被拒绝的 ID 请先在列表中改正。</translation>
    </message>
    <message>
        <source>Add to This Group (%1)</source>
        <translation>加入此群（%1）</translation>
    </message>
    <message>
        <source>Copied the openConversationId to the clipboard.</source>
        <translation>已将 openConversationId 复制到剪贴板。</translation>
    </message>
    <message>
        <source>Copied the chatid to the clipboard.</source>
        <translation>已将 chatid 复制到剪贴板。</translation>
    </message>
    <message>
        <source>DingTalk named the id it refused: %1. It is marked in the member list: correct or remove it, then create the group again.</source>
        <translation>钉钉指出了被拒绝的 ID：%1。它已在成员列表中标出：请更正或移除它，然后重新创建群。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The refused request carried only the owner %1: DingTalk does not know this id.</source>
        <translation>被拒绝的请求只包含群主 %1：钉钉不认识这个 ID。</translation>
    </message>
    <message>
        <source>DingTalk did not name the id. The refused request was the create itself, which carried the owner %1 and the first %2 members of the list, %3 to %4: the id it refused is one of these.</source>
        <translation>钉钉没有指出是哪个 ID。被拒绝的是建群请求本身，它包含群主 %1 和列表中的前 %2 名成员（%3 至 %4）：被拒绝的 ID 就在其中。</translation>
    </message>
    <message>
        <source>Details for IT: %1 (the request may have been acted on)</source>
        <translation>给 IT 的详细信息：%1（请求可能已被执行）</translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>No keychain is available: the secret is kept for this session only and never written to disk</source>
        <translation>没有可用的钥匙串：密钥只在本次运行期间保留，绝不会写入磁盘</translation>
    </message>
</context>
<context>
    <name>SettingFields</name>
    <message>
        <source>New members see history</source>
        <translation>新成员可看历史消息</translation>
    </message>
    <message>
        <source>Searchable</source>
        <translation>可被搜索</translation>
    </message>
    <message>
        <source>Joining needs approval</source>
        <translation>入群需要验证</translation>
    </message>
    <message>
        <source>Only the owner may @all</source>
        <translation>仅群主可 @所有人</translation>
    </message>
    <message>
        <source>Only the owner manages</source>
        <translation>仅群主可管理</translation>
    </message>
    <message>
        <source>All members muted</source>
        <translation>全员禁言</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>its settings could not be written whole</source>
        <translation>其设置未能完整写入</translation>
    </message>
</context>
<context>
    <name>TrustedCertificates</name>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>无法读取证书文件 %1。</translation>
    </message>
    <message>
        <source>This is not a valid PEM certificate. Ask IT for the company&apos;s CA certificate as a .pem or .crt file (text starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>这不是有效的 PEM 证书。请向 IT 部门索取 .pem 或 .crt 格式的公司 CA 证书(以 -----BEGIN CERTIFICATE----- 开头的文本)。</translation>
    </message>
</context>
<context>
    <name>ValidationIssue</name>
    <message>
        <source>Enter a group name.</source>
        <translation>请输入群名称。</translation>
    </message>
    <message>
        <source>The group name has %1 characters; DingTalk allows at most %2.</source>
        <translation>群名称有 %1 个字符；钉钉最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Enter the userid of the group owner.</source>
        <translation>请输入群主的 userid。</translation>
    </message>
    <message>
        <source>The owner id &quot;%1&quot; contains a space or a control character; a DingTalk userid has none.</source>
        <translation>群主 ID“%1”包含空格或控制字符；钉钉 userid 中不会有这些字符。</translation>
    </message>
    <message>
        <source>Add at least one member.</source>
        <translation>请至少添加一名成员。</translation>
    </message>
    <message>
        <source>The group has %1 members; a DingTalk group holds at most %2.</source>
        <translation>该群有 %1 名成员；一个钉钉群最多容纳 %2 人。</translation>
    </message>
    <message>
        <source>The member id &quot;%1&quot; contains a space or a control character; a DingTalk userid has none.</source>
        <translation>成员 ID“%1”包含空格或控制字符；钉钉 userid 中不会有这些字符。</translation>
    </message>
    <message>
        <source>The phone number %1 has not been turned into a DingTalk userid yet.</source>
        <translation>手机号 %1 尚未转换为钉钉 userid。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was listed more than once; it is added once.</source>
        <translation>“%1”出现了多次；只会添加一次。</translation>
    </message>
    <message>
        <source>The owner &quot;%1&quot; was not among the members and has been added.</source>
        <translation>群主“%1”原本不在成员中，已自动加入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 ids were listed more than once (%2); each is added once, %3 repeats were left out.</source>
        <translation>有 %1 个 userid 重复出现(%2)；每个只添加一次，已略去 %3 个重复项。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The owner id &quot;%1&quot; is longer than %2 characters, which no DingTalk userid is.</source>
        <translation>群主 ID“%1”超过 %2 个字符，钉钉 userid 不会这么长。</translation>
    </message>
    <message>
        <source>The member id &quot;%1&quot; is longer than %2 characters, which no DingTalk userid is.</source>
        <translation>成员 ID“%1”超过 %2 个字符，钉钉 userid 不会这么长。</translation>
    </message>
    <message>
        <source>The owner &quot;%1&quot; is not in the organisation: DingTalk refuses the group.</source>
        <translation>群主“%1”不在组织中：钉钉会拒绝建群。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the organisation: DingTalk refuses the request that carries it.</source>
        <translation>“%1”不在组织中：钉钉会拒绝包含它的请求。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify the Group</source>
        <translation>核对群</translation>
    </message>
    <message>
        <source>Differences:</source>
        <translation>差异：</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>再次核对(&amp;A)</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>In DingTalk now</source>
        <translation>钉钉中的现状</translation>
    </message>
    <message>
        <source>Reading the group from DingTalk…</source>
        <translation>正在从钉钉读取群信息…</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>怎么办：%1</translation>
    </message>
    <message>
        <source>DingTalk&apos;s answer: errcode %1, errmsg &quot;%2&quot;</source>
        <translation>钉钉的应答：errcode %1,errmsg“%2”</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Members (owner included)</source>
        <translation>成员(含群主)</translation>
    </message>
    <message>
        <source>Differs from what was asked</source>
        <translation>与要求不符</translation>
    </message>
    <message>
        <source>The group has %1 members; %2 were asked for.</source>
        <translation>群里有 %1 名成员；要求的是 %2 名。</translation>
    </message>
    <message>
        <source>Still not in the group (%1): %2</source>
        <translation>仍不在群中(%1 人):%2</translation>
    </message>
    <message>
        <source>The group in DingTalk is exactly as asked.</source>
        <translation>钉钉中的群与要求完全一致。</translation>
    </message>
    <message>
        <source>The group in DingTalk differs from what was asked in %1 ways.</source>
        <translation>钉钉中的群与要求有 %1 处不同。</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群名称</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>it is not a complete zip archive</source>
        <translation>它不是完整的 zip 压缩包</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet, .ods</source>
        <translation>OpenDocument 电子表格，.ods</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>the workbook part is missing</source>
        <translation>缺少工作簿部分</translation>
    </message>
    <message>
        <source>its table of contents is damaged</source>
        <translation>其目录已损坏</translation>
    </message>
    <message>
        <source>zip archive</source>
        <translation>zip 压缩包</translation>
    </message>
    <message>
        <source>the workbook lists no sheets</source>
        <translation>工作簿中没有列出任何工作表</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; has no part</source>
        <translation>工作表“%1”没有对应的内容部分</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 已损坏</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>it lists more than %L1 sheets</source>
        <translation>其中列出了超过 %L1 个工作表</translation>
    </message>
    <message>
        <source>%1, line %2: cell %3 comes after a cell to its right</source>
        <translation>%1，第 %2 行：单元格 %3 出现在其右侧单元格之后</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>the workbook could not be packed</source>
        <translation>无法打包工作簿</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create DingTalk group chats from a form.</source>
        <translation>通过表单创建钉钉群会话。</translation>
    </message>
    <message>
        <source>Start the built-in DingTalk emulator and connect to it; nothing reaches DingTalk.</source>
        <translation>启动内置的钉钉模拟器并连接到它；不会有任何请求到达钉钉。</translation>
    </message>
    <message>
        <source>Language of the window: zh_CN or en.</source>
        <translation>窗口语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
</context>
</TS>
