/**
 * The platform's refusals (BAD_USER_INPUT sentences, written in English by the services) as a
 * person reads them here, for the official's and the department's forms. `apollo/server-messages.ts`
 * matches each sentence; `{…}` are the values it carries (a day, a field).
 */
export default {
  'server.argumentValidation': '填写的内容不符合要求（如长度或格式），请检查后重试',
  'server.tooLong': '不能超过 {n} 个字',
  'server.tooShort': '至少需要 {n} 个字',
  'server.tooSmall': '不能小于 {n}',
  'server.tooLarge': '不能大于 {n}',
  'server.tooFew': '至少需要 {n} 项',
  'server.tooMany': '不能超过 {n} 项',
  'server.badText': '含有不能保存的字符',
  // The official's visit, excuse and monthly report (districts).
  'server.visitInFuture': '不能登记今天以后的走访',
  'server.visitDay': '走访日期应为日期（年-月-日）',
  'server.visitBeforePairing': '当前结对始于 {day}，此前的走访不属于本干部',
  'server.visitMode': '请选择走访方式',
  'server.visitSummary': '请填写走访情况',
  'server.visitSummaryLong': '走访情况不能超过 2000 字',
  'server.handedOverLong': '代办事项不能超过 2000 字',
  'server.period': '月份应为“年-月”',
  'server.excuseInFuture': '不能为尚未开始的月份登记未走访说明',
  'server.monthBeforePairing': '当前结对始于 {day}，此前的月份不属于本干部',
  'server.excuseReason': '请选择原因',
  'server.noteLong': '说明不能超过 2000 字',
  'server.reportInFuture': '不能为尚未开始的月份提交月报',
  'server.reportProgress': '请填写本月工作进展',
  'server.reportProgressLong': '本月工作进展不能超过 4000 字',
  'server.amount': '金额应为 0 或以上的数（元）',
  // The department's steps on a problem (issues).
  'server.dueInPast': '完成时限必须晚于现在',
  'server.extensionEither': '请填写新的完成日期或延长的工作日数（二选一）',
  'server.extensionLater': '延期后的完成日期必须晚于原定日期',
  'server.notADay': '{day} 不是有效日期',
  'server.milestoneAfterDue': '节点计划完成日期不能晚于问题的办结时限',
  'server.requiredForOutcome': '此处理结果须填写此项',
  'server.departmentUnknown': '该部门不是本区县成员单位或市级部门',
};
