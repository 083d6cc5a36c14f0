import type { CloseCode } from '../../shared/sync/closeCodes'

/**
 * What the user reads when something fails: one message per API error code (docs/api.md
 * "Errors", server/ApiError.ts) and per sync close code (shared/sync/closeCodes.ts). The server's
 * own English `message` is for developers and never shown. Typed by the close-code names, so a
 * new close code does not compile until it has a message in both languages.
 */
export const API_ERROR_CODES = [
  'invalid_input',
  'invalid_json',
  'unauthorized',
  'invalid_credentials',
  'forbidden',
  'forbidden_origin',
  'not_found',
  'conflict',
  'too_large',
  'unsupported_media_type',
  'rate_limited',
  'approval_stale',
  'approval_missing',
  'team_unmanaged',
  'seat_not_allowed',
  'document_unreadable',
  'wrong_setup_code',
  'already_set_up',
  'internal',
] as const

export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

type CloseCodeName = keyof typeof CloseCode

export const INPUT_PROBLEMS = ['empty', 'too_long', 'too_many', 'invalid'] as const
export type InputProblem = (typeof INPUT_PROBLEMS)[number]
/** Fields of the forms, named in the reader's language when the server refuses one. */
export const NAMED_FIELDS = ['title', 'name', 'text', 'email', 'password', 'reason', 'note', 'label', 'workspaceName', 'code'] as const
export type NamedField = (typeof NAMED_FIELDS)[number]

type ProblemKey =
  | `apiError.${ApiErrorCode}`
  | `close.${CloseCodeName}`
  | 'apiError.network'
  | 'apiError.unknown'
  | 'close.unknown'
  // Parts of the approval_stale message: the claim sets it names, or none when the server named none.
  | 'apiError.approval_stale.claimSets'
  | 'apiError.approval_stale.separator'
  // approval_missing when the matter has nothing to approve at all.
  | 'apiError.approval_missing.nothing'
  // approval_missing naming a reply: the one filed is the one created last.
  | 'apiError.approval_missing.latestReply'
  // invalid_input naming its field (docs/api.md "Errors"), and the fields pages send.
  | `apiError.invalid_input.${InputProblem}`
  | `field.${NamedField}`
  // rate_limited with the server's wait.
  | 'apiError.rate_limited.minutes'

export const problemMessagesEn: Record<ProblemKey, string> = {
  'apiError.invalid_input': 'Some of what was entered is missing or not valid. Check the fields and try again.',
  'apiError.invalid_input.empty': 'Fill in “{field}”: it cannot be empty or only spaces.',
  'apiError.invalid_input.too_long': '“{field}” is too long: at most {limit} characters.',
  'apiError.invalid_input.too_many': '“{field}” has too many entries: at most {limit}.',
  'apiError.invalid_input.invalid': '“{field}” is not valid. Check it and try again.',
  'field.title': 'Title',
  'field.name': 'Name',
  'field.text': 'Text',
  'field.email': 'E-mail',
  'field.password': 'Password',
  'field.reason': 'Reason',
  'field.note': 'Note',
  'field.label': 'Label',
  'field.workspaceName': 'Workspace name',
  'field.code': 'Setup code',
  'apiError.rate_limited.minutes': 'Too many attempts. Try again in {minutes} min.',
  'apiError.invalid_json': 'The request could not be read. Reload the page and try again.',
  'apiError.unauthorized': 'Your session has ended. Sign in again.',
  'apiError.invalid_credentials': 'Wrong e-mail or password.',
  'apiError.forbidden': 'Your role in this workspace does not allow this.',
  'apiError.forbidden_origin': 'This request came from another site and was refused. Open Claimroom at its own address.',
  'apiError.conflict': 'Someone changed this at the same time. Reload the page and try again.',
  'apiError.unsupported_media_type': 'The request was sent in a form the server does not accept. Reload the page and try again.',
  'apiError.not_found': 'Not found, or you do not have access.',
  'apiError.too_large': 'This is too large to send. Make it shorter and try again.',
  'apiError.rate_limited': 'Too many attempts. Wait a while and try again.',
  'apiError.approval_stale.claimSets': 'A claim set',
  'apiError.approval_stale.separator': ', ',
  'apiError.approval_stale': '{titles} changed after it was approved, so its approval no longer holds. Approve the text as it is now (its Approval tab), then take this step.',
  'apiError.approval_missing': 'Not approved yet: {titles}. A lead approves the text as it is (its Approval tab), then this step can be taken.',
  'apiError.approval_missing.latestReply': ' The reply filed is the one created last; if this is not the reply to file, archive it (on the matter page) and file again.',
  'apiError.approval_missing.nothing': 'This matter has nothing approved to file yet. Add its claim set (or, for an office action, its reply) and have a lead approve it first.',
  'apiError.seat_not_allowed': 'That team role goes beyond the person’s role in the workspace (only workspace leads lead a team; an admin may review). Choose another role, or change their workspace role first.',
  'apiError.team_unmanaged': 'Nobody could manage this team any more. Keep a lead on the team (or leave a workspace lead or admin off it) and save again.',
  'apiError.document_unreadable': 'This document’s stored text cannot be read. Nothing was changed or lost from storage; tell your administrator, who will find it named in the server log.',
  'apiError.wrong_setup_code': 'That is not the setup code in the server’s log. Copy it again from the log of the server’s latest start (each start prints a new one).',
  'apiError.already_set_up': 'This server already has a workspace. Sign in; an admin of the workspace adds new members.',
  'apiError.internal': 'The server ran into a problem. Nothing was changed; try again later.',
  'apiError.network': 'The server cannot be reached. Check the connection and try again.',
  'apiError.unknown': 'Something went wrong (status {status}). Try again later.',
  'close.MalformedMessage': 'The server could not read a message from this page. Reload the page; your changes are kept on this device.',
  'close.SchemaViolation': 'The server refused a change this document cannot hold. Reload the page; your changes are kept on this device.',
  'close.MessageTooBig': 'A change was too large to send in one piece. Reload the page; your changes are kept on this device.',
  'close.LoadFailed': 'The server cannot load this document right now. Your changes are kept on this device; it retries by itself.',
  'close.StorageFailed': 'The server could not save the last change. It is kept on this device and sent again.',
  'close.ServerShutdown': 'The server is restarting. Your changes are kept on this device and sent when it is back.',
  'close.SessionEnded': 'Your session has ended. Sign in again; your changes are kept on this device.',
  'close.AccessRevoked': 'You no longer have access to this document. You can read it until you leave this page; then its copy on this device is deleted, with any changes the server did not receive.',
  'close.TooSlow': 'The connection was too slow to keep up. Reconnecting; your changes are kept on this device.',
  'close.TooLarge': 'This change is too large for the document. Undo it or split it up; it is kept on this device.',
  'close.TooManySockets': 'Too many documents are open at once. Close some tabs; this one retries by itself.',
  'close.HeartbeatTimeout': 'The connection stopped answering. Reconnecting; your changes are kept on this device.',
  'close.unknown': 'The connection was closed (code {code}). Your changes are kept on this device.',
}

export const problemMessagesZhCN: Record<ProblemKey, string> = {
  'apiError.invalid_input': '有内容缺失或格式不正确，请检查后重试。',
  'apiError.invalid_input.empty': '请填写“{field}”，不能为空或只有空格。',
  'apiError.invalid_input.too_long': '“{field}”过长，最多{limit}个字符。',
  'apiError.invalid_input.too_many': '“{field}”的条目过多，最多{limit}项。',
  'apiError.invalid_input.invalid': '“{field}”格式不正确，请检查后重试。',
  'field.title': '标题',
  'field.name': '名称',
  'field.text': '内容',
  'field.email': '邮箱',
  'field.password': '密码',
  'field.reason': '理由',
  'field.note': '备注',
  'field.label': '条目',
  'field.workspaceName': '工作区名称',
  'field.code': '设置码',
  'apiError.rate_limited.minutes': '尝试次数过多，请{minutes}分钟后再试。',
  'apiError.invalid_json': '请求无法读取，请刷新页面后重试。',
  'apiError.unauthorized': '登录已失效，请重新登录。',
  'apiError.invalid_credentials': '邮箱或密码错误。',
  'apiError.forbidden': '您在此工作区的角色无权执行此操作。',
  'apiError.forbidden_origin': '请求来自其他网站，已被拒绝。请直接打开本应用的网址。',
  'apiError.conflict': '有人同时修改了这里。请刷新页面后重试。',
  'apiError.unsupported_media_type': '请求格式不被服务器接受。请刷新页面后重试。',
  'apiError.not_found': '未找到，或您没有访问权限。',
  'apiError.too_large': '内容过大，无法发送，请精简后重试。',
  'apiError.rate_limited': '尝试次数过多，请稍后再试。',
  'apiError.approval_stale.claimSets': '权利要求书',
  'apiError.approval_stale.separator': '、',
  'apiError.approval_stale': '{titles}在批准后又被修改，原批准已失效。请先批准当前文本（该文件的“审批”页），再进行这一步。',
  'apiError.approval_missing': '尚未批准：{titles}。请负责人先批准当前文本（该文件的“审批”页），再进行这一步。',
  'apiError.approval_missing.latestReply': '提交的是最后创建的意见陈述书；如果这不是要提交的那份，请在案件页将其归档后再提交。',
  'apiError.approval_missing.nothing': '本案件还没有可提交的已批准文件。请先添加权利要求书（答复审查意见时为意见陈述书），经负责人批准后再进行这一步。',
  'apiError.seat_not_allowed': '该团队角色超出了此人在工作区中的角色（只有工作区负责人能担任团队负责人；管理员只能担任审核人）。请选择其他角色，或先修改其工作区角色。',
  'apiError.team_unmanaged': '这样改后将无人能管理本案件团队。请在团队中保留一名负责人（或让工作区的负责人、管理员不在团队中），然后再保存。',
  'apiError.document_unreadable': '无法读取此文档的存储内容。存储中的数据未被更改或删除；请联系管理员，服务器日志中记录了该文档。',
  'apiError.wrong_setup_code': '设置码不对。请从服务器最近一次启动的日志中重新复制（每次启动都会生成新的设置码）。',
  'apiError.already_set_up': '此服务器已经有工作区。请登录；新成员由工作区管理员添加。',
  'apiError.internal': '服务器出现问题，未做任何更改，请稍后再试。',
  'apiError.network': '无法连接服务器，请检查网络后重试。',
  'apiError.unknown': '出现问题（状态码 {status}），请稍后再试。',
  'close.MalformedMessage': '服务器无法读取本页面发送的消息。请刷新页面；您的修改已保存在本设备上。',
  'close.SchemaViolation': '服务器拒绝了一处本文件不能包含的修改。请刷新页面；您的修改已保存在本设备上。',
  'close.MessageTooBig': '一次修改过大，无法发送。请刷新页面；您的修改已保存在本设备上。',
  'close.LoadFailed': '服务器暂时无法加载此文件。您的修改已保存在本设备上，系统会自动重试。',
  'close.StorageFailed': '服务器未能保存最近的修改。修改已保存在本设备上，会自动重新发送。',
  'close.ServerShutdown': '服务器正在重启。您的修改已保存在本设备上，服务器恢复后自动发送。',
  'close.SessionEnded': '登录已失效。请重新登录；您的修改已保存在本设备上。',
  'close.AccessRevoked': '您已无权访问此文件。离开本页面前仍可阅读；离开后，本设备上的副本将被删除，服务器尚未收到的修改也将一并删除。',
  'close.TooSlow': '连接过慢，跟不上更新，正在重新连接；您的修改已保存在本设备上。',
  'close.TooLarge': '这处修改超出了文件的大小限制。请撤销或分几次修改；修改已保存在本设备上。',
  'close.TooManySockets': '同时打开的文件过多。请关闭一些标签页；本页会自动重试。',
  'close.HeartbeatTimeout': '连接没有响应，正在重新连接；您的修改已保存在本设备上。',
  'close.unknown': '连接已被关闭（代码 {code}）。您的修改已保存在本设备上。',
}
