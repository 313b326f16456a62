import { intakeMessagesZhCn } from './features/intake-zh-cn';
import { kbMessagesZhCn } from './features/kb-zh-cn';
import { syncMessagesZhCn } from './features/sync-zh-cn';
import { ticketsMessagesZhCn } from './features/tickets-zh-cn';

/**
 * The source catalog: Simplified Chinese is the seat's default language, and
 * its keys define MessageKey, so every other catalog must match it exactly.
 * Placeholders are written {name} and filled by translate().
 */
export const messagesZhCn = {
  'app.title': '12345 坐席',

  'nav.ariaLabel': '主导航',
  'nav.intake': '受理',
  'nav.tickets': '工单',
  'nav.knowledge': '知识库',
  'nav.audit': '质检',
  'nav.dashboard': '统计',
  'nav.settings': '设置',

  'section.audit.notYet': '质检功能将随“质检评分”需求上线。',
  'section.dashboard.notYet': '统计看板将随“统计指标”需求上线。',

  'command.goToIntake': '转到 受理',
  'command.goToTickets': '转到 工单',
  'command.goToKnowledge': '转到 知识库',
  'command.goToAudit': '转到 质检',
  'command.goToDashboard': '转到 统计',
  'command.goToSettings': '转到 设置',
  'command.openPalette': '打开命令面板',
  'command.openCheatSheet': '查看快捷键',
  'command.switchLocale': '切换语言（简体中文 / English）',
  'command.toggleTheme': '切换深色 / 浅色主题',

  'palette.searchPlaceholder': '输入命令…',
  'palette.nothingFound': '没有匹配的命令',

  'cheatSheet.title': '快捷键',
  'cheatSheet.action': '操作',
  'cheatSheet.keys': '按键',
  'cheatSheet.typingNote': '不带 Ctrl / Alt 的快捷键在输入框内不会触发。',

  'settings.appearance': '界面',
  'settings.locale': '语言',
  'settings.locale.zh-CN': '简体中文',
  'settings.locale.en': 'English',
  'settings.theme': '主题',
  'settings.theme.light': '浅色',
  'settings.theme.dark': '深色',
  'settings.theme.auto': '跟随系统',
  'settings.connection': '连接',
  'settings.centerUrl': '中心地址',
  'settings.centerUrl.description': '调度中心的 http(s) 地址；留空则使用内置中心。',
  'settings.seatId': '坐席编号',
  'settings.seatId.description': '1–32 位字母、数字、“-”或“_”。',
  'settings.save': '保存',
  'settings.saved': '已保存',
  'settings.notSaved': '未能保存',

  'seatInfo.title': '本机信息',
  'seatInfo.appVersion': '程序版本',
  'seatInfo.schemaVersion': '数据库结构版本',
  'seatInfo.databasePath': '数据库路径',
  'seatInfo.clientId': '客户端 ID',
  'seatInfo.incarnation': '实例代次',
  'seatInfo.startedAt': '启动时间',

  'health.title': '运行状况',
  'health.ok': '正常',
  'health.failing': '异常',
  'health.uptime': '已运行 {minutes} 分钟',
  'health.refresh': '刷新',

  'common.loading': '加载中…',

  'error.callFailed': '调用失败：{method}',
  'error.issue': '{field}：{reason}',
  'error.code.invalid_input': '输入不符合要求',
  'error.code.invalid_output': '返回数据不符合约定',
  'error.code.unknown_method': '没有这个功能',
  'error.code.handler_failed': '处理时出错',
  'error.code.transport_failed': '无法连接坐席核心',
  'error.code.unauthorized': '没有权限',
  'error.unexpected': '意外错误',
  'error.render.title': '此页面无法显示',
  'error.render.body': '界面出现了错误。重新加载通常可以恢复。',
  'error.render.reload': '重新加载',

  ...ticketsMessagesZhCn,
  ...intakeMessagesZhCn,
  ...kbMessagesZhCn,
  ...syncMessagesZhCn,
} as const;
